# range construction and use errors: non-int arguments, too many args, assignment, step zero
for args in [(1.0,), ("3",), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
r = range(5)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__ + ":", e)
