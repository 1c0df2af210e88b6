# float(): parsing strings incl. whitespace, signs, exponents, underscores, errors
for s in ["3.14", "  -2.5  ", "+1e3", "1E-2", ".5", "5.", "1_000.5", "inf", "-nan", "1e500", "-1e500", "10"]:
    print(repr(s), float(s))
print(float(3), float(True), float(-0), float(2**60))
print(float(), float("  0  "))
for s in ["x", "", "1.2.3", "1,5", "e5", "1e", "_1.0", "0x1p3"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
