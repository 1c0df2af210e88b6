# popitem is LIFO, pop with default, clear, and building a dict while draining another
d = {"first": 1, "second": 2, "third": 3}
print(d.popitem(), d.popitem(), d)
d["again"] = 4
print(d.popitem(), d)
stack = {}
for i in range(4):
    stack[f"k{i}"] = i * i
drained = []
while stack:
    drained.append(stack.popitem())
print(drained)
print({}.pop("x", None), {"x": 1}.pop("x", None))
