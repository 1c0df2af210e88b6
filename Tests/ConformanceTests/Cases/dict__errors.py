# dict errors: KeyError messages (repr of key), unhashable keys, popitem on empty, bad update
d = {"a": 1, 3: "three"}
for key in ["missing", 4, (1, 2), 2.5, None, ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    d[{"k": 1}]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    {"a": 1} + {"b": 2}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__ + ":", e)
