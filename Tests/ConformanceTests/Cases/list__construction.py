# list construction: list(), from str/tuple/range/dict/set/generator, repetition, unpacking into literals
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({3, 1, 2}), list(x * 2 for x in range(3)))
print([0] * 4, [1, 2] * 2, [] * 5, [None] * 0)
a = [1, 2]
b = [*a, 3, *range(4, 6)]
print(b)
print([*"hi", *{"k": 1}])
print(len([[]]), [[]] == [[]], [[] for _ in range(2)])
try:
    list(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
