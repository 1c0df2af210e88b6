# Float literals: exponent forms, leading/trailing dot, repr of each
vals = [1.0, .5, 5., 1e3, 1E3, 1.5e-3, 2.5e+2, 0.0, 1e0, 123.456e-2, 1e22, 1e23]
for v in vals:
    print(repr(v), type(v).__name__)
print(3.14_15)
print(1e-7, 1e-4, 1e15, 1e16)
print(0.000001, 0.0000001)
print(123456789.123456789)
print(1.7976931348623157e308)
print(5e-324)
