# int <-> float conversion edge cases: inf, nan, huge values
print(int(1e300) == 10**300, len(str(int(1e300))))
print(int(-1e18), int(2.5e15))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(float(2**1023) > 0, float(2**53) == 2**53, float(2**53 + 1) == 2**53 + 1)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
