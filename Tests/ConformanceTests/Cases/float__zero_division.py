# float: division/modulo by zero messages (same in 3.11 and 3.12)
ops = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("5 // 0.0", lambda: 5 // 0.0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for label, fn in ops:
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
try:
    1.5 / 0
except ArithmeticError as e:
    print("caught via ArithmeticError:", type(e).__name__)
