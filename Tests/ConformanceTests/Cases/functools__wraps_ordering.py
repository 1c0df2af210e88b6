import functools
from functools import cmp_to_key, total_ordering, update_wrapper, wraps


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        "Wrapper doc."
        return ("logged", func(*args, **kwargs))
    return wrapper


@logged
def area(w, h):
    "Compute an area."
    return w * h


print(area(2, 3), area.__name__, area.__qualname__, area.__doc__, area.__wrapped__(4, 5), area.__module__)


def plain(x):
    return x


plain.tag = "v1"


def shell(*a):
    return plain(*a)


result = update_wrapper(shell, plain)
print(result is shell, shell.__name__, shell.__doc__, shell.tag, shell.__wrapped__ is plain)


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt_number in range(times):
                try:
                    return func(*args)
                except ValueError:
                    last = attempt_number
            return "gave up after " + str(last + 1)
        return wrapper
    return decorate


@retry(3)
def flaky(x):
    "Always fails."
    raise ValueError(x)


print(flaky(1), flaky.__name__, flaky.__doc__)
print(functools.WRAPPER_UPDATES, "__doc__" in functools.WRAPPER_ASSIGNMENTS)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)), sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_length_then_alpha)), max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) != K(1), K(7).obj)
attempt("compare to int", lambda: K(1) < 2)
attempt("hash", lambda: hash(K(1)))


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a <= Version(1, 2), b >= a, sorted([b, a, Version(0, 9)]))
attempt("against int", lambda: a <= 3)
attempt("gt against int", lambda: a > 3)


@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __ge__(self, other):
        return self.score >= other.score


print(Grade(1) < Grade(2), Grade(2) <= Grade(2), Grade(3) > Grade(2), Grade(1) > Grade(1))


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __gt__(self, other):
        return self.kg > other.kg


print(Weight(1) < Weight(2), Weight(2) <= Weight(2), Weight(3) >= Weight(4), max([Weight(3), Weight(7)]).kg)


class NoOrder:
    pass


attempt("no ordering", lambda: total_ordering(NoOrder))
