import random
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(42)
print(random.random(), random.random(), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(0), random.getrandbits(64), random.getrandbits(100), random.getrandbits(257))
for seed in [0, 1, -1, 7, 2 ** 32, 2 ** 32 - 1, 2 ** 64 + 3, -(10 ** 40), True, 3.75, -2.5, "", "hello", "ünïcödé", b"bytes", b""]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000), random.getrandbits(40))
random.seed(2024)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(8)], [random.randrange(10, 0, -3) for _ in range(8)])
print([random.randint(-3, 3) for _ in range(15)], random.randrange(2 ** 70), random.randint(0, 10 ** 30))
print([random.choice("abcdefg") for _ in range(12)], random.choice([[1], (2,)]), random.choice(range(1000, 2000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
d = deque("abcdef")
random.shuffle(d)
print(d)
print(random.sample(range(100), 10), random.sample("abcdefghij", 4), random.sample([1, 2, 3], 3), random.sample(range(10 ** 9), 3))
print(random.sample(range(50), 30)[:10], random.sample(["red", "blue"], k=5, counts=[4, 2]))
print(random.choices("abc", k=6), random.choices(range(5), weights=[10, 1, 1, 1, 0], k=8))
print(random.choices(["x", "y", "z"], cum_weights=[0.5, 0.75, 1.0], k=6), random.choices([1, 2]), random.choices("ab", k=0))
print(random.uniform(1, 3), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 8), random.triangular(2, 2, 2))
print(random.gauss(), random.gauss(), random.gauss(10, 2), random.normalvariate(), random.normalvariate(100, 15))
print(random.lognormvariate(0, 0.5), random.expovariate(1), random.expovariate(2), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.gammavariate(2.5, 1), random.gammavariate(1, 3), random.gammavariate(0.5, 2), random.betavariate(2, 5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(5), random.randbytes(0))

gen = random.Random(7)
other = random.Random(7)
print(gen.random() == other.random(), gen.randrange(100), other.randrange(100), type(gen).__name__, isinstance(gen, random.Random))
state = gen.getstate()
first = [gen.random() for _ in range(3)]
gen.setstate(state)
print(first == [gen.random() for _ in range(3)], state[0], len(state[1]), state[2])
gen.seed("again")
print(gen.random(), random.Random("again").random(), random.Random(b"again").random())
gen.gauss()
saved = gen.getstate()
print(saved[2] is not None, gen.gauss() == (gen.setstate(saved) or gen.gauss()))


class Loaded(random.Random):
    def roll(self):
        return self.randint(1, 6)


loaded = Loaded(99)
print([loaded.roll() for _ in range(10)], Loaded(99).random() == random.Random(99).random())
random.seed(5)
many = [random.random() for _ in range(2000)]
print(many[-1], sum(many) / len(many) > 0.4, round(sum(many), 6))
random.seed(None)
print(0 <= random.random() < 1)

attempt("seed list", lambda: random.seed([1]))
attempt("negative bits", lambda: random.getrandbits(-1))
attempt("choice empty", lambda: random.choice([]))
attempt("sample set", lambda: random.sample({1, 2}, 1))
attempt("sample too many", lambda: random.sample([1], 2))
attempt("sample counts", lambda: random.sample("ab", 2, counts=[1]))
attempt("weights length", lambda: random.choices([1], [1, 2]))
attempt("zero weights", lambda: random.choices([1], [0]))
attempt("k positional", lambda: random.choices([1, 2], 2))
attempt("both weights", lambda: random.choices([1], weights=[1], cum_weights=[1]))
attempt("empty population", lambda: random.choices([], k=1))
attempt("gamma", lambda: random.gammavariate(0, 1))
attempt("setstate size", lambda: random.setstate((3, (1,), None)))
attempt("setstate int", lambda: random.setstate(1))
attempt("uniform str", lambda: random.uniform("a", 1))
attempt("randint missing", lambda: random.randint(1))
attempt("random args", lambda: random.random(1))
