values = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.1, -0.1, 1e300, -1e300, 1e-300, -7.25, 2.0 ** 70, -(2.0 ** 70), 123456.789]
print([hash(v) for v in values])
print(hash(-1.0) == hash(-1), hash(-2.5) == -hash(2.5), {-2.5: "a"}[-2.5], hash(float("inf")), hash(float("-inf")))
