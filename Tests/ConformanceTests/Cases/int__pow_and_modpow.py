# int: ** with positive/negative exponents, pow() with 2 and 3 args, negative base
print(2**10, 2**0, 0**0, (-2)**3, (-2)**4)
print(2**-1, 10**-2, type(2**-1).__name__)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000000007))
print(pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(pow(2, 0, 1), pow(10**20, 3, 13))
print(-2**2, (-2)**2)
print(2**3**2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
