# __repr__ that includes nested objects' reprs and containers; printing lists of objects and dicts of objects
class Leaf:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Leaf({self.name!r})"
class Branch:
    def __init__(self, *children):
        self.children = list(children)
    def __repr__(self):
        inner = ", ".join(repr(c) for c in self.children)
        return f"Branch({inner})"
tree = Branch(Leaf("a"), Branch(Leaf("b"), Leaf("c")), Leaf("it's"))
print(tree)
print([tree.children[0], {"k": tree.children[1]}])
print(str(tree) == repr(tree))
