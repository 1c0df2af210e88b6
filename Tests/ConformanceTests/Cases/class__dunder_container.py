# container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__, iteration fallback via __getitem__
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print("contains called")
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 not in b)
b[0] = 10
del b[1]
print(list(b), [x * 2 for x in b], sum(b), sorted(b, reverse=True))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100
print(list(Seq()), 200 in Seq(), 50 in Seq())
for x in Seq():
    print("seq item", x)
class Grid:
    def __getitem__(self, key):
        r, c = key
        return f"cell({r},{c})"
print(Grid()[1, 2])
try:
    b[99]
except IndexError as e:
    print(type(e).__name__ + ":", e)
