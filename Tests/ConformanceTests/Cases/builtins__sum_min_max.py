# sum (with start), min/max (key, default, multiple args, iterables), empty-input errors (type only: message changed in 3.12)
print(sum([1, 2, 3]), sum([], 10), sum(range(5), start=100), sum([[1], [2]], []))
print(sum([0.5, 0.25]), sum([True, True, False]))
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("apple", "pear", "fig"))
print(max(["apple", "pear", "fig"], key=len), min(["apple", "pear", "fig"], key=len))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max([1, 3, 3, 2], key=lambda x: -x), max([(1, "b"), (1, "a")]))
words = ["bb", "aa", "cc"]
print(max(words, key=len), min(words, key=len))
d = {"x": 3, "y": 7, "z": 7}
print(max(d, key=d.get), min(d, key=d.get), max(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max(1, 2.5), min(-1, -1.0), max("a", "B"))
for fn in (max, min):
    try:
        fn([])
    except ValueError as e:
        print(fn.__name__, type(e).__name__)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
