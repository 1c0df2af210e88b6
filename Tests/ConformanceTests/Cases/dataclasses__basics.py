from dataclasses import (KW_ONLY, MISSING, FrozenInstanceError, InitVar, asdict, astuple, dataclass, field,
                         fields, is_dataclass, replace)
from typing import ClassVar, List, Optional


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2), Point(y=5, x=3), p == Point(1, 0), p != Point(2), p == (1, 0), p.x, p.y)
p.x = 10
print(p, is_dataclass(p), is_dataclass(Point), is_dataclass(3), [f.name for f in fields(p)], fields(Point)[1].default)
print(asdict(p), astuple(p), replace(p, y=7), p, Point.y, Point.__name__)


@dataclass
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    note: Optional[str] = None
    secret: str = field(default="s", repr=False, compare=False)


a, b = Inventory("a"), Inventory("b")
a.tags.append("x")
print(a, b, a.tags is b.tags, Inventory("a", ["x"]) == a, Inventory("a", ["x"], secret="t") == a)
print(asdict(Inventory("z", ["t"], {"k": [1, 2]})), astuple(Inventory("q")))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


c = Color(255, 128)
print(c, c.hex(), hash(c) == hash((255, 128, 0)), {c: "orange"}[Color(255, 128, 0)], replace(c, b=1))
attempt("assign frozen", lambda: setattr(c, "r", 0))
attempt("delete frozen", lambda: delattr(c, "g"))
attempt("new attribute frozen", lambda: setattr(c, "alpha", 1))
attempt("frozen error type", lambda: issubclass(FrozenInstanceError, AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs), Version(1, 2) == Version(1, 2, "x"))
attempt("order other type", lambda: Version(1) < 2)
attempt("hash unfrozen", lambda: hash(Version(1)))


@dataclass
class Base:
    id: int
    name: str = "base"


@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = "child"


print(Child(1), Child(2, "n", [1]), [f.name for f in fields(Child)], isinstance(Child(1), Base))


@dataclass
class WithPost:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[int] = 1
    unit: ClassVar[str] = "cm"

    def __post_init__(self, scale):
        self.area = self.width * self.height * scale


w = WithPost(2, 3, scale=2)
print(w, w.area, WithPost.unit, [f.name for f in fields(w)], WithPost(1, 1))


@dataclass(eq=False)
class Identity:
    value: int


print(Identity(1) == Identity(1), hash(Identity(1)) is not None)


@dataclass(repr=False)
class Quiet:
    value: int

    def __repr__(self):
        return "Quiet!"


print(Quiet(1), [Quiet(2)])


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int


print(Options("p", depth=2), Options("q", verbose=True, depth=0))


@dataclass(kw_only=True)
class Settings:
    host: str
    port: int = 80


print(Settings(host="h"), Settings(port=1, host="x"))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree, asdict(tree), astuple(tree))
loop = Node(0)
loop.children.append(loop)
print(loop)


@dataclass
class Custom:
    value: int

    def __eq__(self, other):
        return True


print(Custom(1) == Custom(2), Custom(1) == 5)


def plain_class():
    @dataclass
    class Plain:
        pass
    return Plain()


print(plain_class(), fields(plain_class()))

attempt("missing", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unexpected", lambda: Point(1, z=3))
attempt("multiple", lambda: Point(1, x=3))
attempt("kw only positional", lambda: Options("p", True, 1))
attempt("kw only missing", lambda: Options("p"))
attempt("replace unknown", lambda: replace(p, z=1))
attempt("replace init false", lambda: replace(w, area=1))
attempt("fields of int", lambda: fields(1))
attempt("asdict of class", lambda: asdict(Point))
attempt("field both defaults", lambda: field(default=1, default_factory=list))
attempt("missing repr", lambda: MISSING is MISSING)


def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class Bad:
        x: list = []


def overwrite_order():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_unfrozen():
    @dataclass(frozen=True)
    class Bad(Base):
        pass


attempt("non-default after default", non_default_after_default)
attempt("mutable default", mutable_default)
attempt("overwrite order", overwrite_order)
attempt("frozen from unfrozen", frozen_from_unfrozen)
