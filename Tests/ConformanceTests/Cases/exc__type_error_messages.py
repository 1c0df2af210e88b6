# TypeError messages for common operator misuse (operands held in variables, so no compile-time SyntaxWarnings)
n, s, none, lst, tup, d, f = 5, "a", None, [1, 2], (1, 2), {"a": 1}, 1.5
cases = [
    lambda: n + s,
    lambda: s + n,
    lambda: lst + s,
    lambda: n[0],
    lambda: none[0],
    lambda: none(),
    lambda: n(),
    lambda: s(),
    lambda: len(n),
    lambda: n < s,
    lambda: lst > d,
    lambda: -s,
    lambda: ~f,
    lambda: d[lst],
    lambda: 3 in n,
    lambda: none + 1,
    lambda: 2 ** s,
    lambda: lst[none],
    lambda: d["a"]["b"],
    lambda: tup.append(3),
    lambda: iter(none),
    lambda: int(lst),
    lambda: sorted(n),
    lambda: "".join([none]),
    lambda: 1 - none,
    lambda: f * lst,
    lambda: none < 1,
    lambda: s * f,
]
for c in cases:
    try:
        c()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
