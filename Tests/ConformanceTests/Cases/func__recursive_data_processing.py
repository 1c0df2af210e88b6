# recursion over nested data: depth, sum of nested dict values, path enumeration, JSON-like pretty printing
data = {"a": 1, "b": {"c": 2, "d": {"e": 3, "f": [4, 5]}}, "g": [6, {"h": 7}]}
def total(x):
    if isinstance(x, dict):
        return sum(total(v) for v in x.values())
    if isinstance(x, list):
        return sum(total(v) for v in x)
    return x
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
def paths(x, prefix=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from paths(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from paths(v, f"{prefix}[{i}]")
    else:
        yield prefix, x
def pretty(x, indent=0):
    pad = "  " * indent
    if isinstance(x, dict):
        for k, v in x.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {v}")
    elif isinstance(x, list):
        for v in x:
            if isinstance(v, (dict, list)):
                print(f"{pad}-")
                pretty(v, indent + 1)
            else:
                print(f"{pad}- {v}")
print(total(data), depth(data))
for p, v in paths(data):
    print(p, "=", v)
pretty(data)
