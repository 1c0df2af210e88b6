# yield from: delegation, return value of subgenerator, flattening recursively
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
print(list(outer()))
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4])], 5])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def tree_walk(node, depth=0):
    yield depth, node["name"]
    for child in node.get("children", []):
        yield from tree_walk(child, depth + 1)
tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}
for depth, name in tree_walk(tree):
    print("  " * depth + name)
