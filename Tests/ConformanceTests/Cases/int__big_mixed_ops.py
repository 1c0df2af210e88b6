# int: big x small multiplication, big division, big comparisons with floats, big str/hex
big = 123456789123456789123456789
print(big * 3, big * -1, big * 0)
print(big // 1000, big % 1000)
print(big + 1.0)
print(big == float(big), big < 1e30, big > 1e20)
print(hex(big), oct(2**64), bin(2**65))
print(str(-big), repr(big))
print(int(str(big)) == big)
print(big // big, big % big, big - big)
f = 1
for i in range(1, 26):
    f *= i
print(f, f // 24)
print(int(1e300) > 10**299, int(1e300) % 10**10)
print(float(2**100), float(-2**60))
print(10**20 / 10**10, 7 // 2.0, 2**53 + 1.0)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10**400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
