# dict preserves insertion order: re-assignment keeps position, delete+reinsert moves to end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(list(reversed(d)), list(reversed(d.values())))
n = {3: "c", 1: "a", 2: "b"}
print(n, sorted(n), [n[k] for k in sorted(n)])
