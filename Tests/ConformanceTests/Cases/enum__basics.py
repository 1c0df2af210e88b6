import json
from enum import Enum, IntEnum, StrEnum, auto, unique


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + "!"

    @property
    def warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default())
print(Color, type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum), Color.RED == 1, Color.RED != Color.BLUE)
print(Color.RED in Color, f"{Color.RED}", f"[{Color.GREEN:>12}]", str(Color.GREEN), {Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: -c.value), [c.name for c in Color], list(reversed(Color)), bool(Color), hash(Color.RED) == hash("RED"))
print(Color._member_names_, sorted(Color._member_map_), Color.RED._name_, Color.RED._value_, max(Color, key=lambda c: c.value))
attempt("bad value", lambda: Color(7))
attempt("bad name", lambda: Color["X"])
attempt("set name", lambda: setattr(Color.RED, "name", "x"))
attempt("reassign member", lambda: setattr(Color, "RED", 5))
attempt("order", lambda: Color.RED < Color.BLUE)
attempt("instance as key", lambda: Color(Color.RED))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), Priority.HIGH + 1, Priority.LOW < Priority.HIGH, Priority.HIGH == 3, Priority(3))
print(sorted([Priority.HIGH, Priority.LOW]), str(Priority.LOW), f"{Priority.HIGH}", f"{Priority.MEDIUM:03d}", int(Priority.HIGH))
print(["a", "b", "c", "d"][Priority.HIGH], isinstance(Priority.LOW, int), {1: "one"}[Priority.LOW], json.dumps({"p": Priority.HIGH}))
print(sum(Priority), max(Priority), Priority.MEDIUM * 10, hash(Priority.LOW) == hash(1), Priority.LOW.value + 5)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), str(Mode.WRITE), f"{Mode.READ}|", Mode("w"))
print("mode=" + Mode.READ, json.dumps([Mode.READ]), Mode.READ.value, isinstance(Mode.WRITE, str))


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step), Step.ELEVENTH.value)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e23, 2.4397e6)))


class Fallback(Enum):
    UNKNOWN = "unknown"
    OK = "ok"

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print(Fallback("nope"), Fallback("ok"))


class Base(Enum):
    def label(self):
        return "<" + self.name + ">"


class Shade(Base):
    LIGHT = 1
    DARK = 2


print(Shade.DARK.label(), list(Shade), isinstance(Shade.LIGHT, Base))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal["ANT"])
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=10)
Pairs = Enum("Pairs", [("X", "x"), ("Y", "y")])
Mapped = Enum("Mapped", {"ONE": 1, "TWO": 2})
print(list(Shape), list(Pairs), list(Mapped))


def duplicate():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def extend():
    class More(Color):
        PINK = 4


def not_a_string():
    class Bad(StrEnum):
        ONE = 1


attempt("unique", duplicate)
attempt("extend", extend)
attempt("str enum value", not_a_string)
attempt("unique ok", lambda: unique(Shade) is Shade)
attempt("functional missing", lambda: Enum("E", "A B")["C"])
