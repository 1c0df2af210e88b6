# numeric string round trips: str(float) -> float is exact, int(str(int)), hex/bin round trip, float.hex-free
vals = [0.1, 1 / 3, 1e-10, 123456.789, 2 ** 0.5, -0.0, 1e300]
print(all(float(str(v)) == v for v in vals), all(float(repr(v)) == v for v in vals))
ints = [0, -1, 2**70, -(3**50)]
print(all(int(str(i)) == i for i in ints), all(int(hex(i), 16) == i for i in ints), all(int(bin(i), 2) == i for i in ints))
print(float("  1e3  "), int(float("1e3")), int("1" + "0" * 30) == 10**30)
print(str(1.0), str(1), str(-1.5e-8), float(int(1e15)), int(-2.9999))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("-0x10", 16))
print(float("-0"), float("+1.5"), float("1_0.2_5"), str(float("1e16")))
print(bool("0"), bool(0), int(bool("x")), float(True) + 0.5)
print([int(x) for x in "1 -2 +3 04".split()], [float(x) for x in ["1", ".5", "6e-1"]])
