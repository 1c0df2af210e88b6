# ZeroDivisionError messages: int vs float operands (identical wording in 3.11 and 3.12)
zero_i, zero_f = 0, 0.0
cases = [
    ("1 / 0", lambda: 1 / zero_i),
    ("1.0 / 0", lambda: 1.0 / zero_i),
    ("1 / 0.0", lambda: 1 / zero_f),
    ("1 // 0", lambda: 1 // zero_i),
    ("1 % 0", lambda: 1 % zero_i),
    ("1.5 // 0", lambda: 1.5 // zero_i),
    ("1.5 % 0", lambda: 1.5 % zero_i),
    ("divmod(5, 0)", lambda: divmod(5, zero_i)),
    ("divmod(5.0, 0)", lambda: divmod(5.0, zero_i)),
    ("2**70 // 0", lambda: 2**70 // zero_i),
    ("2**70 % 0", lambda: 2**70 % zero_i),
    ("True % False", lambda: True % False),
]
for src, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{src:<16} ZeroDivisionError: {e}")
