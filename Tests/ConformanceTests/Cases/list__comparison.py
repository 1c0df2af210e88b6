# list/tuple comparisons: lexicographic ordering, prefix rule, equality, nested, cross-type equality
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, [2, 3]] == [1, [2, 3]])
print((1, 2) < (1, 3), (1, "b") > (1, "a"), (1,) < (1, 0), () == ())
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
print([1.0, 2] == [1, 2.0], [0] == [False])
print(max([[1, 2], [1, 3], [0, 9]]), min((3, "a"), (3, "")))
print([1, 2, 3] <= [1, 2, 3], [1, 2, 3] >= [1, 2, 4], [3] != [3])
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print([1, "a"] == [1, 2], [1, "a"] < [2, 1])
