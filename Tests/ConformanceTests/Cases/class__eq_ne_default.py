# __eq__ without __ne__: != is derived automatically; comparisons to other types fall back to identity
class Tag:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Tag):
            return self.v == other.v
        return NotImplemented
a, b, c = Tag(1), Tag(1), Tag(2)
print(a == b, a != b, a == c, a != c, a == 1, a != 1, 1 == a)
print([Tag(1), Tag(2)].index(Tag(2)), Tag(1) in [Tag(0), Tag(1)])
print(a == a, [a] == [b], (a,) == (c,))
