# RecursionError is catchable (it is a RuntimeError subclass); program continues afterwards
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("deep")
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print("caught", type(e).__name__)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
