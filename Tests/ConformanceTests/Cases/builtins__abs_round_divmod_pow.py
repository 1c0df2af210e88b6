# abs, round, divmod, pow builtins with ints/floats/bools and their TypeErrors
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10**20))
print(round(3.7), round(-3.7), round(3.14159, 2), round(5), round(5, -1))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(True, True))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(-8, 2), pow(7, 2, 5))
for fn, args in [(abs, ("x",)), (round, ("1.5",)), (divmod, (1, "a")), (pow, ("2", 2)), (abs, (None,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
