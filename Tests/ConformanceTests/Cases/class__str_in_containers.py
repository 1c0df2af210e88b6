# containers of objects use __repr__ of elements, even when __str__ is defined
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.v}, {self.children})"
        return f"Node({self.v})"
    def __str__(self):
        return f"<{self.v}>"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(repr(tree))
print([tree.children[0]], {"root": tree.children[1]})
print(str(tree.children), ", ".join(str(c) for c in tree.children))
