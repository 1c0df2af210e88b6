# ValueError messages from builtins and methods
cases = [
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: float("1,5"),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: "a,b".split(""),
    lambda: range(0, 1, 0),
    lambda: dict([(1,)]),
    lambda: chr(-5),
    lambda: "x".center(5, ""),
    lambda: [1][5:1].index(0),
    lambda: "abc".rindex("q"),
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__ + ":", e)
