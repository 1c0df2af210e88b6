from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.count(7), d.index(7), d.index("a"), d.index(8, 2), d.index(2, -5, -1))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(17)
print(d)
d.rotate(0)
d.remove(7)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d[0] = "S"
del d[1]
del d[-1]
print(d, list(reversed(d)))
d.reverse()
print(d)
c = d.copy()
c.clear()
print(c, d, len(c))

bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen, deque().maxlen)
bounded.append(10)
bounded.appendleft(-1)
print(bounded)
bounded.extend(range(100, 105))
print(bounded)
bounded.extendleft([1, 2])
print(bounded, deque([1, 2], maxlen=0), deque("abc", 5))

print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1, 2], 3) * 3, deque([1]) * 0, deque([1]) * -1)
e = deque([1])
e += [2, 3]
e += "ab"
e *= 2
print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) != deque([2, 1]), deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
selfish = deque([1])
selfish.extend(selfish)
selfish.append(selfish)
print(selfish)
window = deque(maxlen=3)
sums = []
for value in [5, 1, 4, 2, 8, 3]:
    window.append(value)
    sums.append(sum(window))
print(sums, window)
queue = deque([("a", 0)])
seen = []
while queue:
    node, depth = queue.popleft()
    seen.append((node, depth))
    if depth < 2:
        queue.extend([(node + "l", depth + 1), (node + "r", depth + 1)])
print(seen)
big = deque()
for i in range(10000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
print(type(d).__name__, type(iter(d)).__name__, type(reversed(d)).__name__, deque.__name__, deque.__module__)

attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index empty", lambda: deque()[0])
attempt("index str", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1])[1:2])
attempt("remove missing", lambda: deque([1]).remove(2))
attempt("index missing", lambda: deque([1]).index(2))
attempt("insert full", lambda: deque([1], 1).insert(0, 2))
attempt("maxlen negative", lambda: deque([1], -1))
attempt("maxlen str", lambda: deque([1], "a"))
attempt("maxlen float", lambda: deque([1], 1.5))
attempt("add list", lambda: deque([1]) + [1])
attempt("lt list", lambda: deque([1]) < [1])
attempt("mul str", lambda: deque([1]) * "a")
attempt("not iterable", lambda: deque(1))
attempt("rotate str", lambda: deque([1, 2]).rotate("a"))
attempt("hash", lambda: hash(deque()))
attempt("set maxlen", lambda: setattr(deque(), "maxlen", 3))
attempt("setitem range", lambda: deque([1]).__setitem__(5, 0))
attempt("delitem range", lambda: deque([1]).__delitem__(-5))
attempt("descriptor", lambda: deque.append(1, 2))


def mutate():
    m = deque([1, 2])
    for x in m:
        m.append(x)


attempt("mutated", mutate)


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3], maxlen=5)
s.append(4)
print(s, s.peek(), isinstance(s, deque), type(s.copy()).__name__, s.maxlen, type(s + deque([9])).__name__)


class Ring(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)


r = Ring(2)
r.extend([1, 2, 3])
print(r, r.maxlen)
