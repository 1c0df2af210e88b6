# frozenset: construction, repr, immutability, hashable (usable as key / set element), ops return frozenset
f = frozenset([3, 1, 2, 1])
print(f, len(f), frozenset(), type(f).__name__)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(f & {1, 5}, f - {1})
d = {f: "key ok"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(frozenset([1, 2]) == {1, 2}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
