# list.sort and sorted: key, reverse, stability, sorting tuples, in-place returns None, mixed-type error
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums)
r = nums.sort()
print(r, nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Pie", "apple", "fig", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [{"n": "x", "s": 3}, {"n": "y", "s": 1}, {"n": "z", "s": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: -r["s"])])
print(sorted([3.5, 1, 2.25, -4]), sorted([True, False, 2, 0]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
for bad in ([1, "a"], ["a", 1], [None, 1], [(1, 2), (1, "x")]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(sorted([[2, 1], [1, 9], [1, 2, 3], [1, 2]]))
