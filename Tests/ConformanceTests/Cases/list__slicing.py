# list slicing: reading with steps, slice assignment (grow/shrink), extended slice assignment, deletion
a = list(range(10))
print(a[2:7], a[::3], a[::-1], a[-3:], a[7:2:-2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[-2:] = []
print(b)
b[:] = [9, 8]
print(b)
c = list(range(8))
c[::2] = ["e0", "e2", "e4", "e6"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__ + ":", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
e = [1, 2, 3]
e[5:10] = [4]
print(e)
e[0:2] = "ab"
print(e)
e[len(e):] = (7, 8)
print(e)
print(a[100:200], a[-100:1])
