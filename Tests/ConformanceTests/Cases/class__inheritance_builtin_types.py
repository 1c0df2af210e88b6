# subclassing built-in types: dict with __missing__, list with extra methods, str subclass; reprs stay builtin-like
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = DefaultDict()
d["a"].append(1)
d["b"]
print(d, len(d), isinstance(d, dict), type(d).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u == "hey", isinstance(u, str), len(u))
class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1
c = Counter()
for ch in "banana":
    c.add(ch)
print(c, sorted(c.items(), key=lambda kv: -kv[1]))
