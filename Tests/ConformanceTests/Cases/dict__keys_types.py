# dict keys of various hashable types and their reprs; None/True/False/float/tuple/str/int in one dict
d = {None: "none", True: "true", 0: "zero", 2.5: "float", "s": "str", (1, "t"): "tuple", -1: "neg", 10**20: "big"}
print(d)
print(d[None], d[1], d[False], d[2.5], d[(1, "t")], d[10**20])
print(list(d.keys()))
print([type(k).__name__ for k in d])
print(1.0 in d, 0.0 in d, "S" in d)
d[0.0] = "zero replaced via float key"
d[False] = "zero replaced via bool key"
print(d[0], [k for k in d if k == 0])
d2 = {}
d2[1.5] = "a"
d2[3 / 2] = "b"
print(d2, len(d2), {1: "x", 1.0: "y", True: "z"})
print({(1, 2): 1, (1, 2.0): 2}, {frozenset({1, 2}): 1, frozenset({2, 1}): 2})
