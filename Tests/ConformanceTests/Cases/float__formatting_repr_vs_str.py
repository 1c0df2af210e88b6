# float formatting: str/repr equal in Py3, f-string default equals repr, format with precision, large/small magnitudes
vals = [0.5, 1 / 7, 2 / 3, 1e-7, 123456789.0, 1e21, 1.0e22, 12345678901234567890.0, 0.1 + 0.7, 100.0 / 3]
for v in vals:
    print(str(v) == repr(v), f"{v}", f"{v:.3f}", f"{v:.3g}", f"{v:e}")
print(f"{2.0 ** 0.5:.15f}", f"{1/3:.17f}")
print(1e21, 1e-5 * 1e-5, 5e-324 / 2, 1.5e300 * 1.5e10)
print(repr(1e16), repr(1e15), repr(0.0001), repr(0.00001), repr(-1e-5))
print(repr(1.0), repr(10.0), repr(-2.0), repr(1.5e-323), repr(2.2250738585072014e-308))
print(str(3.0 * 1.1), str(1.1 * 1.1), str(0.1 ** 2), str(100 * 1.1))
for e in range(14, 18):
    print(e, 10.0 ** e, -(10.0 ** e), 10.0 ** -e)
