# float methods and helpers: is_integer, as_integer_ratio, hex-free conversions, abs, divmod
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio())
print(abs(-2.5), abs(-0.0), abs(float("-inf")))
print(divmod(9.0, 4), divmod(-9.0, 4))
print(float(int(2.9)), int(float("2.9")))
print(max([0.5, 2.25, 1.75]), min(0.5, 0.25))
print(3.0 == 3, 3.0 != 3.5)
print(sum([0.5, 0.25, 0.125]), sum([1.5, 2.5], 10))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 9) == 1.0)
print(int(1e3), float(7))
