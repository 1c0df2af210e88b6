# nested dicts/lists: access chains, building nested structures, counting, repr
data = {
    "users": [
        {"name": "ann", "tags": ["admin", "dev"], "meta": {"age": 31}},
        {"name": "ben", "tags": [], "meta": {"age": 25}},
    ],
    "count": 2,
}
print(data["users"][0]["tags"][1], data["users"][1]["meta"]["age"])
print(data)
data["users"][1]["tags"].append("new")
data["count"] += 1
print(data["users"][1], data["count"])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts, key=counts.get))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
