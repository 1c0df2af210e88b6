# min/max edge cases: first of equal keys wins, key with default, strings compare by code point, tuples
print(max([3, 1, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min(["b", "a", "B"]))
print(max("apple", "Apple", "APPLE"), min([], default=42, key=len), max([[]], default=0))
data = [{"n": "x", "v": 2}, {"n": "y", "v": 5}, {"n": "z", "v": 5}]
print(max(data, key=lambda d: d["v"])["n"], min(data, key=lambda d: -d["v"])["n"])
print(max(range(10), key=lambda i: i % 4), min(range(10), key=lambda i: (i % 3, -i)))
print(max(1, 2, key=lambda x: -x), max([1.5, 2, True]), min(-0.0, 0.0), max(0.0, -0.0))
try:
    max()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__ + ":", e)
