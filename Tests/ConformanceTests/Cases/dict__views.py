# dict views: repr of keys/values/items, dynamic views, set operations on keys/items, len and in
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks)
print(vs)
print(its)
d["d"] = 4
print(len(ks), list(ks), "d" in ks, 4 in vs, ("a", 1) in its, ("a", 2) in its)
print(sorted(ks & {"a", "z"}), sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(d.keys() == {"a", "b", "c", "d"}, ks.isdisjoint({"x"}))
e = {1: "x", 2: "y"}
print(e.keys() & {2, 3}, e.items() & {(1, "x")}, e.keys() - {1})
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(list(zip(d.keys(), d.values())))
print({}.keys(), {}.items())
