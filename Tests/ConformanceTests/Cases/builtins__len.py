# len(): on str, list, tuple, dict, set, range, bytes, user class with __len__, errors
class Box:
    def __len__(self):
        return 3
print(len("abc"), len(""), len([1, [2, 3]]), len(()), len({"a": 1}), len({1, 2}), len(range(0, 10, 2)), len(b"xy"))
print(len(Box()), len("\U0001F600"), len(dict.fromkeys("aab")))
for bad in (5, 2.5, None, True, iter([1])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print(type(e).__name__ + ":", e)
