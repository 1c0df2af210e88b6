# return values: implicit None, multiple returns as tuple, early return, return in loops
def nothing():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None
print(nothing(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(early(-1), early(10), early(0))
def bare_return():
    return
print(bare_return())
