# chained comparisons: semantics a<b<c == (a<b and b<c), middle operand evaluated once, mixed operators
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 == 1 < 2, 1 < 2 == 2 < 3)
print(1 < 3 < 2, 0 <= x <= 4, x == 5 != 6)
calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, calls)
calls.clear()
print(10 < mid() < 20, calls)
def lo():
    calls.append("lo")
    return 100
calls.clear()
print(1 > 2 < lo(), calls)
print("a" < "b" < "c", [1] < [2] < [3], 1 < 2.5 < 3)
a = b = c = 2
print(a == b == c, a is b is c, 1 in [1] in [[1]])
print(3 > 2 > 1 > 0 > -1)
