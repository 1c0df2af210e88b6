from collections import Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), "z" in c, sorted(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10))
print(sorted(c.elements()), c.total())
print(Counter(), Counter({}), Counter(a=3, b=1), Counter({"x": 2, "y": 5}), Counter([1, 1, 2.0, 2, True]))
print(Counter(None), Counter(a=1, b=0, c=-2))

d = Counter(a=4, b=2, c=0, d=-2)
d.update("aab")
d.update({"b": 10, "e": 1})
d.update(c=5)
print(d)
d.subtract("aaa")
d.subtract({"b": 1, "z": 3})
d.subtract(c=10)
print(d, list(d.elements()))
empty = Counter()
empty.update({"k": "v"})
print(empty)

p, q = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4, e=-1)
print(p + q, p - q, q - p, p | q, p & q)
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2, c=0))
print(p == Counter(a=3, b=1), p == Counter(a=3, b=1, z=0), p != q, p == {"a": 3, "b": 1, "c": 0})
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))

r = Counter(a=1, b=5)
r += Counter(a=2, b=-10)
print(r)
r -= {"a": 1}
print(r)
r |= Counter(a=7, c=2)
print(r)
r &= Counter(a=3, c=5, q=1)
print(r)
s = r
s += {"zz": 4}
print(s is r, r)

del r["missing"]
del r["a"]
print(r, r.copy(), type(r.copy()).__name__, r.copy() is r)
print(isinstance(c, dict), isinstance(c, Counter), type(c).__name__, Counter.__name__, Counter.__module__)
print(list(c.keys()), list(c.values()), list(c.items())[:2], c.get("a"), c.get("q"), c.get("q", 7))
print(c.pop("a"), c.setdefault("n", 9), c)
print(dict(c), sorted(c.items()), bool(Counter()), bool(c))
print(Counter("hello world").most_common(3), Counter([3, 1, 3, 2, 1, 3]).most_common(1))
print(Counter({"b": 1, "a": 1, "c": 2}).most_common(), Counter(a="x", b=1))
print(sum(Counter(a=1, b=2).values()), max(Counter(x=1, y=9, z=3).items(), key=lambda kv: kv[1]))

attempt("init args", lambda: Counter("a", "b"))
attempt("init int", lambda: Counter(1))
attempt("update args", lambda: Counter().update(1, 2))
attempt("update int", lambda: Counter().update(5))
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("add int", lambda: Counter() + 1)
attempt("add dict", lambda: Counter(a=1) + {"a": 1})
attempt("or dict", lambda: Counter(a=1) | {"b": 2})
attempt("lt dict", lambda: Counter(a=2) < {"a": 1})
attempt("elements float", lambda: list(Counter(a=1.5).elements()))
attempt("most_common float", lambda: Counter(a=1).most_common(1.5))
attempt("unhashable", lambda: hash(Counter()))
attempt("unhashable key", lambda: Counter([[1]]))
attempt("iadd int", lambda: Counter().__iadd__(1))
attempt("repr mixed", lambda: Counter(a=1, b="x"))


class Tally(Counter):
    def __missing__(self, key):
        return 100


t = Tally("aab")
print(t, t["zz"], type(t).__name__, isinstance(t, Counter), t + Counter(a=1), type(t + Counter()).__name__)
print(t.copy(), type(t.copy()).__name__)


class Words(Counter):
    def __init__(self, text):
        super().__init__(text.split())


w = Words("a b a c a")
print(w, w.most_common(1), w["a"])
