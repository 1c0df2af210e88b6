# *args/**kwargs edge cases: empty, keyword named like params, passing dicts, kwargs order preserved
def f(*args, **kwargs):
    return len(args), list(kwargs)
print(f(), f(*[]), f(**{}), f(*range(5)), f(z=1, a=2, m=3))
def g(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(*[1, 2, 3], **{"c": 0, "d": 1, "x": 2}))
def h(*, only_kw):
    return only_kw
print(h(only_kw="k"))
try:
    h("positional")
except TypeError as e:
    print(type(e).__name__ + ":", e)
