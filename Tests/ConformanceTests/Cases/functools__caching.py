from functools import cache, lru_cache


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.cache_parameters())
print(fib.cache_info().hits, fib.cache_info()._asdict(), type(fib.cache_info()).__name__, fib.cache_info()[1])
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print([square(v) for v in [1, 2, 1, 3, 1, 2, 2]], calls, square.cache_info())


@lru_cache
def keyed(*args, **kwargs):
    calls.append((args, kwargs))
    return len(args) + len(kwargs)


calls.clear()
print(keyed(1), keyed(1.0), keyed(True), keyed(1, b=2), keyed(1, b=2), keyed(b=2), keyed(1, 2), keyed((1, 2)))
print(calls, keyed.cache_info())


@lru_cache(maxsize=10, typed=True)
def typed(x):
    calls.append(x)
    return x


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), calls, typed.cache_info(), typed.cache_parameters())


@lru_cache(0)
def uncached(x):
    return x + 1


print(uncached(1), uncached(1), uncached.cache_info())
print(lru_cache(-3)(abs).cache_info(), lru_cache(None)(abs)(-4), cache(abs)(-5))


@cache
def count_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)


print(count_paths(12, 12), count_paths.cache_info().currsize)


@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(300))


def documented(x):
    "Adds one."
    return x + 1


wrapped = lru_cache(documented)
print(wrapped.__name__, wrapped.__qualname__, wrapped.__doc__, wrapped.__module__, wrapped.__wrapped__ is documented)
print(callable(wrapped), wrapped(1), type(wrapped).__name__)


class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def cell(self, i):
        return self.n * i


g = Grid(3)
print(g.cell(2), g.cell(2), Grid.cell.cache_info(), Grid(4).cell(2), Grid.cell(g, 5))

gen_calls = []


@cache
def numbers(n):
    gen_calls.append(n)
    return (i for i in range(n))


first = numbers(3)
print(list(first), list(numbers(3)), gen_calls, numbers(3) is first)


@lru_cache
def fails(x):
    calls.append(x)
    raise ValueError(x)


calls.clear()
attempt("raises", lambda: fails(1))
attempt("raises again", lambda: fails(1))
print(calls, fails.cache_info())
attempt("unhashable", lambda: fib([1]))
attempt("bad maxsize", lambda: lru_cache(maxsize="x"))
attempt("too many", lambda: lru_cache(1, 2, 3))
attempt("cache non-callable", lambda: cache(1))
attempt("kwargs", lambda: keyed(1, [2]))
