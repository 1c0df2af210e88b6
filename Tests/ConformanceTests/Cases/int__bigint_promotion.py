# int: arbitrary precision, values crossing 64-bit boundaries stay exact
a = 2**63 - 1
print(a, a + 1, type(a + 1).__name__)
print(-2**63, -2**63 - 1)
print(2**64, 2**100)
print(2**100 - 2**99)
print(9223372036854775807 * 2)
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 * -1)
print(abs(-2**200))
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print(x // 2**20, x % 1000007)
print(len(str(2**1000)))
print(2**1000 % 10**9)
print(10**30 + 1 == 1000000000000000000000000000001)
print((2**70) == (2**70), 2**70 > 2**69, -2**70 < -2**69)
print(int("1" * 40) + 1)
