# __eq__ and __hash__: value equality, usable as dict keys/set members, __eq__ without __hash__ is unhashable
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 == p2, p1 is p2, p1 == p3, p1 != p3, p1 == (1, 2))
d = {p1: "first"}
d[p2] = "second"
print(d, len(d))
print(len({p1, p2, p3}), p2 in {p1}, [p1, p3].index(p2), [p1, p3].count(Point(2, 1)))
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v
print(NoHash(1) == NoHash(1), NoHash.__hash__ is None)
try:
    {NoHash(1)}
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), len({x, x}))
