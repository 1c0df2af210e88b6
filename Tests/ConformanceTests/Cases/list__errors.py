# list errors: index out of range, pop from empty, remove/index missing, bad index types
a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: [].pop(),
    lambda: a.pop(10),
    lambda: a.remove(9),
    lambda: a.index(9),
    lambda: a.index("x"),
    lambda: a["0"],
    lambda: a[1.5],
    lambda: a.insert(),
    lambda: [1, "a"].sort(),
    lambda: a + (4,),
    lambda: a * [1],
    lambda: [].nope,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    del a[7]
except IndexError as e:
    print(type(e).__name__ + ":", e)
