from collections import namedtuple
import json


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__name__, Point.__module__, Point)
print(Point._fields, Point._field_defaults, Point.__doc__, p._asdict(), p._replace(x=10), p)
print(Point._make([5, 6]), Point._make(iter("ab")), p + (3,), p * 2, p.count(1), p.index(2))
print({p: "origin"}[(1, 2)], sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), json.dumps(p), json.dumps({"p": p}))
print(max(Point(3, 0), Point(1, 9), key=lambda q: q.y), [q.x for q in [Point(i, -i) for i in range(3)]])

Color = namedtuple("Color", "red, green blue", defaults=(0, 255))
print(Color(1), Color(1, 2), Color(1, 2, 3), Color(red=9, blue=1), Color._field_defaults, Color._fields)
Renamed = namedtuple("Renamed", "a def _c a 1x", rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
Module = namedtuple("Module", "a", module="geometry")
print(Module.__module__, Module)
print(namedtuple("T", ("a", "b"))(b=1, a=2), namedtuple("Num", [1, 2][:0] + ["n"])(n=3))
Record = namedtuple("Record", "name score")
rows = [Record("ann", 3), Record("bob", 5), Record("cy", 4)]
print(sorted(rows, key=lambda r: -r.score), [r._asdict() for r in rows][0], dict(rows[1]._asdict()))

attempt("missing", lambda: Point(1))
attempt("too many", lambda: Point(1, 2, 3))
attempt("too many with defaults", lambda: Color(1, 2, 3, 4))
attempt("unexpected", lambda: Point(1, z=2))
attempt("multiple", lambda: Point(1, x=2))
attempt("missing two", lambda: namedtuple("Three", "a b c")())
attempt("make count", lambda: Point._make([1]))
attempt("replace unknown", lambda: p._replace(z=1, w=2))
attempt("set field", lambda: setattr(p, "x", 3))
attempt("set other", lambda: setattr(p, "z", 3))
attempt("underscore", lambda: namedtuple("P", "x _y"))
attempt("duplicate", lambda: namedtuple("P", "x x"))
attempt("keyword", lambda: namedtuple("P", "x def"))
attempt("identifier", lambda: namedtuple("P", "x 1a"))
attempt("type name", lambda: namedtuple("P-Q", "x"))
attempt("type keyword", lambda: namedtuple("class", "x"))
attempt("non-str", lambda: namedtuple("P", ["x", 1]))
attempt("defaults", lambda: namedtuple("P", "x", defaults=[1, 2]))
attempt("index", lambda: p[2])
attempt("item assign", lambda: p.__setitem__(0, 1))


class Vector(namedtuple("Vector", "x y")):
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4) + Vector(0, 0)
print(v, v.norm(), type(v).__name__, isinstance(v, tuple), v._replace(y=0), type(v._replace(y=0)).__name__)


class Labeled(namedtuple("Labeled", "label")):
    def __repr__(self):
        return "<" + self.label + ">"


print(Labeled("hi"), [Labeled("a")], Labeled._make(["z"]))
