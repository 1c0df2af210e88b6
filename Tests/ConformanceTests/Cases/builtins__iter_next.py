# iter / next: default values, StopIteration, iterators are exhausted once, iter over dict, callable sentinel form
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
d = iter({"a": 1, "b": 2})
print(list(d), list(d))
s = iter("xyz")
print(next(s), list(s))
it2 = iter([1, 2, 3])
print(iter(it2) is it2, list(it2))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
gen = (x * x for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, "end"))
