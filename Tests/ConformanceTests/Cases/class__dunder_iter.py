# __iter__ / __next__: iterator classes, iterables returning generators, exhaustion semantics
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 2
r = Range2(3)
print(list(r), list(r), max(r))
a, b, c2 = Range2(3)
print(a, b, c2)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "stop"))
print(dict(zip(Range2(3), "abc")))
