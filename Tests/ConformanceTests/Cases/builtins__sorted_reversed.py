# sorted() and reversed(): on various iterables, key/reverse keywords, reversed on dict/range/str, errors
print(sorted([3, 1, 2]), sorted("cab"), sorted({"b": 1, "a": 2}), sorted((2, 1)))
print(sorted([3, 1, 2], reverse=True), sorted(["aa", "b"], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d.items()), sorted(d.items(), key=lambda kv: kv[1]), sorted(d, key=d.get, reverse=True))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
r = reversed([1, 2])
print(type(r).__name__, next(r))
