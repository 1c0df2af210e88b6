import functools
import operator
from functools import partial, reduce


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], "abc", []), reduce(lambda a, b: a, [], "init"), reduce(lambda a, b: b, [7]))
print(reduce(lambda a, b: {**a, b: len(a)}, "xyz", {}), reduce(lambda a, b: a + b, (c for c in "gen")))
attempt("empty", lambda: reduce(lambda a, b: a + b, []))
attempt("not iterable", lambda: reduce(lambda a, b: a + b, 1))
attempt("one arg", lambda: reduce(lambda a, b: a + b))
attempt("not callable", lambda: reduce(1, [1, 2]))
attempt("four args", lambda: reduce(lambda a, b: a + b, [1], 2, 3))
attempt("keywords", lambda: reduce(function=lambda a, b: a + b, iterable=[1]))
attempt("raising", lambda: reduce(lambda a, b: a / b, [1, 0]))


def describe(a, b=2, *rest, c=3, **extra):
    return (a, b, rest, c, extra)


p = partial(describe, 1, c=5)
print(p(), p(7), p(7, 8, 9), p(c=6), p(d=4), p.args, p.keywords, p.func is describe, callable(p))
q = partial(p, 2, c=6, e=0)
print(q(), q.func is describe, q.args, q.keywords)
print(partial(len, "abc")(), partial(int, base=2)("101"), partial(sorted, key=lambda s: -s)([1, 3, 2]))
print(list(map(partial(pow, 2), range(5))), partial(print, sep="-")("a", "b") is None)
print(type(p).__name__, isinstance(p, partial), p.__call__(0), partial(describe)(a=1))
print(repr(partial(len)), repr(partial(len, "x", key=1)), repr(partial(partial(len), [1])))
basetwo = partial(int, base=2)
basetwo.__doc__ if False else None
print(basetwo("111"), basetwo("1", base=10))
attempt("no args", lambda: partial())
attempt("not callable", lambda: partial(1))
attempt("too many", lambda: partial(describe, 1, 2)(3, c=4, a=1))
attempt("set func", lambda: setattr(p, "func", len))
attempt("set args", lambda: setattr(p, "args", ()))

adders = [partial(operator.add, n) for n in range(3)]
print([add(10) for add in adders])


class Tagged(partial):
    def describe(self):
        return "tag:" + str(self.args)


t = Tagged(describe, 9)
print(t(), t.describe(), isinstance(t, partial), type(t).__name__)


def fact(n, acc=1):
    return acc if n <= 1 else rec(n - 1, acc * n)


rec = partial(fact)
print(rec(600) > 10 ** 1000)
