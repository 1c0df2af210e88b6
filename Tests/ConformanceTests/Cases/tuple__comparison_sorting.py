# tuples as sort keys: lexicographic ordering, mixed directions via negation, tuple of tuples, max/min
records = [("bob", 25, 3.5), ("amy", 30, 3.9), ("cat", 25, 3.9), ("dan", 30, 3.1)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(max(records, key=lambda r: (r[2], r[1])), min(records, key=lambda r: r[1:]))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 100), ((1, 2), 3) < ((1, 3), 0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print((1, 2) == (1, 2), (1, 2) != (2, 1), () < (0,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
