# float repr: shortest round-trip representation, exponent thresholds, negative zero
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1 * 3, 100.0, 1e15, 1e16, 1.5e16,
        123456789012345680.0, 1e-4, 1e-5, 0.00012, 1.0e-05 * 3, 2.5, -0.0, 0.0,
        1e100, 1.7e-308, 3.0e8, 12345.678, 0.3 - 0.1, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(-0.0 == 0.0, str(-0.0), repr(-0.0 * 1), 0.0 * -1)
print(float("1e16"), float("1e-5"), float("0.1e1"))
print(1.0, 10.0, 1e1, 1.5e2)
print(2.5e-5, 25e-6 == 2.5e-5, 1 / 10, 1 / 100, 1 / 1000, 1 / 10000, 1 / 100000)
print(1.23e+5, 1.23e+15, 1.23e+16, 1.23e-4, 1.23e-5)
print(float(0.1 * 0.1), 4.35 * 100, 1.15 * 100, 0.57 * 100)
