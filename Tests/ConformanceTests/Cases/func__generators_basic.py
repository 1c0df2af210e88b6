# generators: yield, lazy evaluation order, exhaustion, return value ends iteration, generator objects
def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(g))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(4)), max(countdown(3)))
def with_return():
    yield "a"
    return "result"
    yield "never"
print(list(with_return()))
it = with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print([x * 10 for x in evens(7)])
