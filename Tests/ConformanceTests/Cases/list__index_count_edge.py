# list.index with start/stop, count of nested and equal-but-different-type values, in with NaN-free floats
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, 1, 5), a.count(2), a.count(1), a.count(True))
print([[1], [1], [2]].count([1]), [(1, 2), (1, 2)].index((1, 2)))
try:
    a.index(2, 6)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(a.index(2, -3), 3.0 in a, "2" in a)
