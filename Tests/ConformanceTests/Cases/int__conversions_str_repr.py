# int: str/repr/hex/oct/bin/format of ints, negative forms, int of bool/float
for n in (0, 7, -7, 255, -255, 2**40):
    print(n, str(n), repr(n), hex(n), oct(n), bin(n))
print(format(255, "x"), format(-255, "b"))
print(int(hex(255), 16), int(bin(-5), 0), int(oct(8), 0))
print(int(7.9), int(-7.9), int(-0.5), int(1e3))
print(round(7.5), round(8.5), round(-7.5), type(round(7.5)).__name__)
print(str(1_000), len(str(10**50)))
print(str(10**18), str(-10**18), repr(2**63), f"{2**63}")
print(int("-0"), int("+0"), -0 == 0, str(int("-0")))
print(hex(2**64 - 1), oct(2**32), bin(2**8 - 1))
