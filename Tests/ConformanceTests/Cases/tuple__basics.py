# tuple: construction, single-element comma, packing/unpacking, methods index/count, immutability, hashing
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
print(t, single, not_tuple, type(single).__name__, type(not_tuple).__name__)
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), ())
packed = 1, "two", 3.0
print(packed, len(packed))
a, b, c = packed
print(a, b, c)
print(t.index(2), t.count(3), (1, 1, 1).count(1))
print(t + (4,), t * 2, t[1:], t[::-1], t[-1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__ + ":", e)
lt = ([1], 2)
lt[0].append(3)
print(lt)
print(tuple(x * 2 for x in t), sorted((3, 1, 2)), max(t), sum(t))
