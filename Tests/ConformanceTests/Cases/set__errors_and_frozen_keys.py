# set errors: unhashable elements, remove missing (KeyError repr), mutation of frozenset, ordering ops on mixed
s = {1, 2}
for op in [lambda: s.remove(5), lambda: s.remove("x"), lambda: s.add([1]), lambda: {{1}}, lambda: s < [1],
           lambda: frozenset([1]).remove(1), lambda: set(5), lambda: set([1, 2], [3])]:
    try:
        op()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print({frozenset({1}): "nested ok"}, {frozenset(): 0})
groups = {}
for members in [[1, 2], [2, 1], [3]]:
    key = frozenset(members)
    groups[key] = groups.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
print(frozenset([1, 2]) | frozenset([3]), frozenset([1, 2]) <= {1, 2, 3})
