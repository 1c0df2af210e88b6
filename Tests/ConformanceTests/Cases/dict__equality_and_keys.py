# dict equality ignores order; key types: int/float/bool unify, tuples, frozensets; in checks keys only
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
d = {}
d[1] = "int"
d[1.0] = "float overwrote value, key stays int"
print(d)
d[(1, 2)] = "tuple"
d[frozenset([1, 2])] = "frozenset"
print(d[(1, 2)], d[frozenset([2, 1])])
print(len(d), 1 in d, "int" in d, "int" in d.values())
print(list({"b": 1, "a": 2}) == ["b", "a"])
print({1: 2}.get(1.0), {True: "t"}.get(1))
