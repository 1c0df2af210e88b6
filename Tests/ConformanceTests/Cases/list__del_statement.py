# del on list items, slices, and variables; NameError after del
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__ + ":", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
p, q = 1, 2
del p, q
print("deleted both")
