from collections import defaultdict
import json


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "q" in groups, groups.get("y"), dict(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.default_factory)

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] -= 1
print(json.dumps(nested), isinstance(nested["x"], dict), sorted(nested["x"].items()))

d = defaultdict(None, {"a": 1})
print(d, d.default_factory)
attempt("missing without factory", lambda: d["b"])
d.default_factory = set
d["s"].add(3)
print(d, d.default_factory is set)
d.default_factory = None
attempt("missing after reset", lambda: d["c"])

e = defaultdict(str, [("k", "v")], extra="x")
print(e, e["nothing"], e)
copy = e.copy()
copy["new"] = "n"
print(type(copy).__name__, copy.default_factory, "new" in e, copy)
print(defaultdict(list) == {}, defaultdict(list, a=1) == {"a": 1}, defaultdict(int, a=1) != {"a": 2})
merged = defaultdict(list, a=[1]) | {"b": [2]}
print(type(merged).__name__, merged)
merged2 = {"b": [2]} | defaultdict(tuple, a=(1,))
print(type(merged2).__name__, merged2, merged2["zz"])
merged |= {"c": 3}
print(merged)
print(defaultdict(int, {"a": 1}).setdefault("a", 5), defaultdict(int).pop("x", "default"))
print(repr(defaultdict()), defaultdict(dict), defaultdict(lambda: 0)["q"])

attempt("bad factory", lambda: defaultdict(1))
attempt("two mappings", lambda: defaultdict(list, {}, {}))
attempt("unhashable", lambda: hash(defaultdict(list)))
attempt("or int", lambda: defaultdict(list) | 1)
attempt("factory raises", lambda: defaultdict(lambda: 1 / 0)["x"])


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def __repr__(self):
        return "Tree" + repr(dict(self))


t = Tree()
t["a"]["b"]["c"]
print(t, isinstance(t, defaultdict), type(t["a"]).__name__)


class Keyed(defaultdict):
    def __missing__(self, key):
        return key * 2


k = Keyed(None)
print(k["ab"], k, len(k))
