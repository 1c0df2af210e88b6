# int: division/modulo/divmod by zero messages (identical in 3.11 and 3.12)
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("10**30 // 0", lambda: 10**30 // 0),
    ("0 / 0", lambda: 0 / 0),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("True / False", lambda: True / False),
]
for label, fn in ops:
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
