# ** unpacking errors: duplicate keys across mappings, non-string keys, non-mapping
def f(**kw):
    return kw
print(f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**{1: "x"})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__ + ":", e)
def g(*a):
    return a
try:
    g(*5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
