# arithmetic dunders: __add__ __sub__ __mul__ __radd__ __iadd__ __neg__ __abs__, NotImplemented fallbacks
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b))
print(sum([a, b, Vec(1, 1)]))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a * None
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a / 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __iadd__(self, other):
        self.cents += other
        return self
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
m = Money(150)
alias = m
m += 275
print(m, alias, m is alias)
