# StopIteration behaviour: raising StopIteration inside a generator becomes RuntimeError (PEP 479)
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def safe_uses_next(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_uses_next(iter([1, 2]))))
def raises_inside():
    yield 1
    raise ValueError("inside gen")
g = raises_inside()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(next(g, "finished"))
