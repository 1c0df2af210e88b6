# enumerate (with start) and zip (shortest, three-way, strict=True errors, unzip)
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(enumerate("ab", start=-1)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=1):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip("abc", range(3), [True, False, None])))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, nums = zip(*pairs)
print(letters, nums)
print(dict(zip(["k1", "k2"], [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1, 2], [1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
e = enumerate(["p", "q"])
print(next(e), next(e), type(e).__name__)
try:
    zip(1, 2)
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)
