# tuple unpacking: swap, starred, nested, in for loops, errors for wrong counts
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = (1, 2)
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
[p, q] = "pq"
print(p, q)
for bad in ([1, 2, 3], [1]):
    try:
        m, n = bad
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__ + ":", e)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
