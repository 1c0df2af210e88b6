# range: repr, len, indexing, negative indices, slicing to range, membership, reversed, equality, attributes
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2])
print(8 in r, 9 in r, 8.0 in r, "x" in r)
print(list(reversed(r)), r.index(11), r.count(5))
print(range(5), range(0, 5), range(5) == range(0, 5), range(0) == range(2, 2))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), len(range(5, 2)))
print(range(0, 10, 3)[::-1], list(range(0, 10, 3)[::-1]))
print(range(-5, 5)[3], len(range(-10, 10, 7)), list(range(-10, 10, 7)))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(range(10**20)[-1], len(range(10**10)))
try:
    r[100]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__ + ":", e)
