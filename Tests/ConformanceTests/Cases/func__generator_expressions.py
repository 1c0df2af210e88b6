# generator expressions: laziness, single pass, in function calls without extra parens, scoping
nums = [1, 2, 3, 4]
g = (n * n for n in nums)
print(type(g).__name__, sum(g), sum(g))
print(sum(n for n in nums if n % 2 == 0), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x + y for x in "ab" for y in "12"))
print(", ".join(str(n) for n in range(3)))
print(any(n > 3 for n in nums), all(n > 0 for n in nums))
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
lazy = (x * 10 for x in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(sorted((c for c in "hello"), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]), set(n % 2 for n in nums))
