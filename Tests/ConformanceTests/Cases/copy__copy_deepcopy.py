import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from functools import partial


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


nested = {"a": [1, 2, {"b": (3, [4])}], "c": {5, 6}}
shallow, deep = copy.copy(nested), copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow["a"] is nested["a"], deep == nested, deep["a"] is nested["a"])
print(deep["a"][2]["b"] is nested["a"][2]["b"], deep["a"][2]["b"][1] is nested["a"][2]["b"][1], deep["c"] is nested["c"])
deep["a"][2]["b"][1].append(99)
print(nested, deep)

shared = [0]
pair = [shared, shared]
twin = copy.deepcopy(pair)
print(twin[0] is twin[1], twin[0] is shared)
loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy, loop_copy[1] is loop_copy, loop_copy is loop)
d = {"self": None}
d["self"] = d
d_copy = copy.deepcopy(d)
print(d_copy["self"] is d_copy, d_copy is d)

atoms = [1, 2.5, "s", b"b", None, True, (1, 2), frozenset({1}), range(3), len, print, int, 10 ** 30]
print([copy.copy(a) is a for a in atoms])
print([copy.deepcopy(a) is a for a in atoms])
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.deepcopy((1, (2, "x"))) == (1, (2, "x")))
s = {1, 2}
print(copy.copy(s) is s, copy.copy(s) == s, copy.deepcopy(frozenset({(1, 2)})))
print(copy.copy([1, [2]])[1] is not None, copy.copy({"k": [1]})["k"], copy.copy(()))


class Point:
    def __init__(self, x, y):
        print("init called")
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point([1], 2)
q, r = copy.copy(p), copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__, vars(r))


class Tracked:
    def __init__(self):
        self.items = []

    def __copy__(self):
        return "custom copy"

    def __deepcopy__(self, memo):
        result = Tracked()
        result.items = copy.deepcopy(self.items, memo)
        result.items.append("deep")
        return result


tr = Tracked()
tr.items.append(1)
print(copy.copy(tr), copy.deepcopy(tr).items, copy.deepcopy([tr, tr])[0].items)


class Bag(list):
    pass


bag = Bag([[1], 2])
bag.label = "L"
bag_copy, bag_deep = copy.copy(bag), copy.deepcopy(bag)
print(type(bag_copy).__name__, bag_copy, bag_copy[0] is bag[0], bag_deep[0] is bag[0], bag_deep.label)

P = namedtuple("P", "x y")
np = P([1], 2)
print(copy.copy(np), copy.deepcopy(np), copy.deepcopy(np).x is np.x, type(copy.copy(np)).__name__)
dq = deque([[1], 2], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.copy(dq)[0] is dq[0], copy.deepcopy(dq).maxlen)
dd = defaultdict(list, a=[1])
dd_copy = copy.deepcopy(dd)
dd_copy["new"].append(2)
print(dd, dd_copy, copy.copy(dd)["a"] is dd["a"])
c = Counter("aab")
print(copy.copy(c), type(copy.deepcopy(c)).__name__, list(copy.deepcopy(OrderedDict(b=1, a=2)).items()))
pp = partial(max, [[1], [2, 3]], key=len)
print(copy.copy(pp).args, copy.deepcopy(pp).args[0] is pp.args[0], copy.deepcopy(pp)())
err = ValueError("bad", [1])
err_copy = copy.deepcopy(err)
print(repr(err_copy), err_copy.args[1] is err.args[1], type(err_copy).__name__)
memo = {}
first = copy.deepcopy([[1]], memo)
print(len(memo) > 0, first)

attempt("generator", lambda: copy.deepcopy(x for x in []))
attempt("error class", lambda: copy.Error)
attempt("error alias", lambda: copy.error is copy.Error)
attempt("too many", lambda: copy.copy(1, 2))
