# comparisons across int and float, equality, hash equality, huge ints vs floats
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 3 != 3.0)
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0), hash(True) == hash(1))
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float("inf"))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {1, 1.0, True}
print(s, len(s))
print(0.1 + 0.2 > 0.3, 0.5 == 1 / 2)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(sorted([3, 1.5, 2, 0.5, -1]))
print(1.0 in [1, 2], 2 in (2.0,), 3.0 in {3})
print(float("nan") == float("nan"), 1 < float("nan"))
print(int.__name__, float.__name__, isinstance(1.0, int), isinstance(1, float))
