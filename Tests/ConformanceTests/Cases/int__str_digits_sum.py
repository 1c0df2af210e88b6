# integer algorithms: digit sums, reversing digits, base conversion by hand, palindromes, gcd/lcm by hand
n = 9876543210123
print(sum(int(d) for d in str(n)), int(str(n)[::-1]), len(str(n)))
def to_base(x, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    x = abs(x)
    out = ""
    while x:
        x, r = divmod(x, b)
        out = digits[r] + out
    return sign + out
print(to_base(255, 2), to_base(255, 16), to_base(-42, 7), to_base(2**64, 36), int(to_base(2**64, 36), 36) == 2**64)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), 1071 * 462 // gcd(1071, 462))
print([x for x in range(100, 200) if str(x) == str(x)[::-1]])
print(2**127 - 1, (2**127 - 1) % 1000000007)
