# function call TypeErrors: exact CPython messages for wrong argument counts and names
def f(a, b):
    return a + b
def g(a, *, c):
    return a
def h(a, /, b):
    return a
def k(a, b=1, *, c, d):
    return a
def none():
    return 0
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, x=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(a=1, b=2),
    lambda: k(),
    lambda: k(1),
    lambda: k(1, 2, 3),
    lambda: none(1),
    lambda: none(x=1),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
