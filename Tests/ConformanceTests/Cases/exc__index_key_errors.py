# IndexError and KeyError messages for list, tuple, str, range, dict, nested access
cases = [
    lambda: [1, 2, 3][3],
    lambda: [][0],
    lambda: (1,)[1],
    lambda: "abc"[5],
    lambda: range(3)[3],
    lambda: {"a": 1}["b"],
    lambda: {1: "x"}[2],
    lambda: {(1, 2): 0}[(2, 1)],
    lambda: {"outer": {"inner": 1}}["outer"]["missing"],
    lambda: [[1, 2], [3]][1][1],
    lambda: {"k": [1]}["k"][4],
    lambda: [].pop(),
    lambda: {}.pop("z"),
    lambda: set().remove("s"),
    lambda: {"a": 1}[None],
    lambda: {"a": 1}[1.5],
]
for c in cases:
    try:
        c()
    except LookupError as e:
        print(type(e).__name__ + ":", e)
