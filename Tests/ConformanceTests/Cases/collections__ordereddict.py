# OrderedDict's repr differs between 3.11 and 3.12, so contents print through list() and dict().
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def show(od):
    return type(od).__name__ + str(list(od.items()))


od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(show(od), list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(show(od))
od.move_to_end("b", last=False)
print(show(od))
od.move_to_end("c", False)
print(show(od))
print(od.popitem(), od.popitem(last=False), show(od))
attempt("move missing", lambda: od.move_to_end("zz"))
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem empty first", lambda: OrderedDict().popitem(last=False))

x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x != y, x == dict(y), dict(x) == y, x == {"a": 1, "b": 2}, x == OrderedDict(x))
print(list(reversed(x)), type(reversed(x)).__name__, x.keys(), x.values(), x.items())
print(type(x.keys()).__name__, isinstance(x.keys(), type({}.keys())), "a" in x.keys(), ("a", 1) in x.items())
print(show(OrderedDict.fromkeys("abc")), show(OrderedDict.fromkeys("ab", 0)), show(x.copy()), x.copy() is x)
print(show(x | {"c": 3}), show({"c": 3} | x), type({"c": 3} | x).__name__)
x |= {"z": 26}
print(show(x), len(x), isinstance(x, dict), dict(x))
print(show(OrderedDict(a=1, b=2)), show(OrderedDict({"q": 1}, r=2)), show(OrderedDict(zip("xyz", range(3)))))
print(list(OrderedDict.fromkeys([3, 1, 3, 2, 1])))

big = OrderedDict((i, i * i) for i in range(2000))
for i in range(0, 2000, 2):
    big.move_to_end(i)
firsts = [big.popitem(last=False)[0] for _ in range(1500)]
print(firsts[:5], firsts[-3:], len(big), list(big)[:3])

lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))

attempt("two args", lambda: OrderedDict(1, 2))
attempt("int", lambda: OrderedDict(1))
attempt("move no key", lambda: OrderedDict().move_to_end())
attempt("move many", lambda: OrderedDict(a=1).move_to_end("a", False, 3))
attempt("popitem many", lambda: OrderedDict(a=1).popitem(1, 2))
attempt("or int", lambda: OrderedDict() | 1)
attempt("lt", lambda: OrderedDict() < OrderedDict())
attempt("descriptor", lambda: OrderedDict.move_to_end({}, 1))


class Recent(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


r = Recent()
r["a"] = 1
r["b"] = 2
r["a"] = 3
print(list(r.items()), type(r).__name__, isinstance(r, OrderedDict))
