# int: bitwise and/or/xor/not, shifts incl. big shifts, negative numbers
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 7, -12 | 3, -12 ^ 5)
print(1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 5, 7 >> 10)
print((2**100) >> 90, (2**100 + 5) & 0xff)
print(bin(-5), hex(-255), oct(-8))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length())
print((13).bit_count(), (-13).bit_count())
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 2
except TypeError as e:
    print(type(e).__name__, e)
