# infinite generators consumed with manual break / counters (no itertools)
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
print(take(3, naturals(10)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if f > 100:
        print("first fib over 100:", f, "at index", i)
        break
gen = naturals()
print(next(gen), next(gen), next(gen))
def cycle(seq):
    while True:
        yield from seq
c = cycle("ab")
print([next(c) for _ in range(5)])
