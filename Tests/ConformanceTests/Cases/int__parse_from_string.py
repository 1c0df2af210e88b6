# int(): parsing strings with bases, whitespace, signs, underscores, prefixes
print(int("42"), int("  12 "), int("-7"), int("+3"), int("\t9\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("10", 36))
print(int("1_000"), int("0_7", 8))
print(int("000123"), int("0", 0))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("123456789012345678901234567890"))
print(int(), int(" -0 "))
bad = ["x", "", " ", "1.5", "1e3", "12a", "0x10", "1__0", "_1", "--1"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
