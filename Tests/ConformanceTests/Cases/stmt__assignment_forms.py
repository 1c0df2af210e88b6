# assignment forms: chained (shared object), tuple/list targets, nested unpacking, starred, swap
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
p, q = 1, 2
[r, s] = (3, 4)
(t, u), v = [5, 6], 7
print(p, q, r, s, t, u, v)
first, *middle, last = range(6)
print(first, middle, last)
*_, final = "xyz"
print(final)
m, (n, *o) = 1, (2, 3, 4)
print(m, n, o)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
a1, b1 = b1, a1 = 5, 6
print(a1, b1)
k = [0, 0, 0]
k[0], k[1] = k[1] + 1, k[0] + 2
print(k)
