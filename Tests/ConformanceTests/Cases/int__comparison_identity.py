# int comparisons and equality across types; int() of bools; chained comparisons with big ints
print(10**20 == 10**20, 10**20 > 10**19, -(10**20) < 0, 10**20 == 1e20, 10**20 + 1 == 1e20)
print(5 == 5.0, 5 == "5", 5 != "5", int("5") == 5, str(5) == "5")
print(0 == False, 1 == True, 2 == True, [0, 1] == [False, True])
print(max(10**30, 10**29, -10**31), min(0, -0, 0.0))
print(sorted([10**20, -5, 3, 2**64, -2**64]))
print(1 < 2**100 < 2**101 < float("inf"))
print(abs(-2**63) == 2**63, -(-2**63) - 1 == 2**63 - 1)
a = 10**20
b = 10**20
print(a == b, a is not None, a - b == 0)
print(sorted([3, -1, 2], key=abs), sorted([3, -1, -2], key=lambda n: -abs(n)))
print(max(-5, -3, key=abs), min([7, -7, 3], key=abs), abs(-7) == abs(7))
