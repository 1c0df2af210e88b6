# Special methods of subclasses of built-in types win over the built-in behaviour.
class L(list):
    def __add__(self, other):
        return "L.__add__"
    def __radd__(self, other):
        return "L.__radd__"

print(L([1]) + [2], [2] + L([1]), L([1]) * 2)


class Plain(list):
    pass

print(Plain([1]) + [2], [0] + Plain([1]), type(Plain([1]) + [2]).__name__)


class D(dict):
    pass

for value in [D(), Plain(), (lambda: None)]:
    try:
        hash(value)
        print("hashable", type(value).__name__)
    except TypeError as e:
        print(type(e).__name__, e)


class Declines(dict):
    def __eq__(self, other):
        return NotImplemented

print(Declines(a=1) == {"a": 1}, Declines() == {"a": 1}, Declines(a=1) != {"a": 1})


class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) == 1, OnlyEq(1) != 1)


class T(tuple):
    pass

print(hash(T((1, 2))) == hash((1, 2)), {T((1, 2)): "x"}[(1, 2)], T((1, 2)) == (1, 2))


class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

print(Base() + Derived(), Derived() + Base(), 1 + Base())


class Neg(dict):
    def __neg__(self):
        return "neg"
    def __len__(self):
        return 0

print(-Neg(a=1), bool(Neg(a=1)), len(Neg(a=1)))


class S(set):
    def __contains__(self, item):
        return item == "always"

print("always" in S(), 1 in S({1}))

try:
    Plain() < 1
except TypeError as e:
    print(type(e).__name__, e)
