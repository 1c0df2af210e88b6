import operator
from operator import attrgetter, itemgetter, methodcaller


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(6, 3))
print(operator.or_(6, 3), operator.xor(6, 3), operator.neg(5), operator.pos(-5), operator.inv(5), operator.invert(0))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.abs(-3.5), operator.index(7), operator.index(True))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not([], []), operator.contains("team", "ea"), operator.contains({1: 2}, 2))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.getitem({"k": 1}, "k"), operator.getitem("abc", slice(1, None)))
print(operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf("hello", "l"), operator.length_hint([1, 2, 3]),
      operator.length_hint(iter(range(5))), operator.length_hint(x for x in "ab"), operator.length_hint(None, 4))
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True))
items = [1, 2]
print(operator.iadd(items, [3]), items, operator.iconcat(items, (4,)), items, operator.imul([0], 3), operator.isub(5, 2))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.ior({1}, {2}), operator.iand({1, 2}, {2}), operator.ixor(5, 1), operator.ipow(2, 5), operator.imod(9, 4))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), [itemgetter(2, 0)(r) for r in rows])
print(itemgetter(slice(0, 2))("abcdef"), itemgetter("x")({"x": 10}), itemgetter(-1)([1, 2, 3]), itemgetter(0, 0)("ab"))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(2)), min({"a": 3, "b": 1}.items(), key=itemgetter(1)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punctuation="!"):
        return greeting + ", " + self.name + punctuation


tree = Node("root", Node("leaf", Node("bottom")))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("child.child.name", "name")(tree))
print(sorted([Node("b"), Node("a")], key=attrgetter("name"))[0].name, attrgetter("start", "stop")(range(2, 5)))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("greet", "Hi")(tree),
      methodcaller("greet", "Yo", punctuation="?")(tree), methodcaller("count", 1)([1, 1, 2]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("m", 1, k=2)))
print(type(itemgetter(1)).__name__, type(attrgetter("x")).__name__, type(methodcaller("x")).__name__, callable(itemgetter(0)))

attempt("add one", lambda: operator.add(1))
attempt("concat int", lambda: operator.concat(1, 2))
attempt("concat mixed", lambda: operator.concat([1], (2,)))
attempt("index float", lambda: operator.index(1.5))
attempt("neg str", lambda: operator.neg("a"))
attempt("indexOf missing", lambda: operator.indexOf([1, 2], 3))
attempt("matmul", lambda: operator.matmul(1, 2))
attempt("itemgetter none", lambda: itemgetter())
attempt("itemgetter call none", lambda: itemgetter(1)())
attempt("itemgetter call two", lambda: itemgetter(1)(1, 2))
attempt("itemgetter range", lambda: itemgetter(5)([1]))
attempt("itemgetter key", lambda: itemgetter("k")({}))
attempt("attrgetter int", lambda: attrgetter(1))
attempt("attrgetter none", lambda: attrgetter())
attempt("attrgetter missing", lambda: attrgetter("x")(1))
attempt("attrgetter dotted", lambda: attrgetter("child.nope")(tree))
attempt("methodcaller none", lambda: methodcaller())
attempt("methodcaller int", lambda: methodcaller(1))
attempt("methodcaller missing", lambda: methodcaller("nope")(1))
attempt("length_hint default", lambda: operator.length_hint(1, "a"))
attempt("hash getter", lambda: type(hash(itemgetter(1))).__name__)
attempt("getter equality", lambda: itemgetter(1) == itemgetter(1))
