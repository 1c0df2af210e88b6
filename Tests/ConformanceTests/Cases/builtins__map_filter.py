# map and filter: lazy iterators, multiple iterables, None as filter function, with lambdas and builtins
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, ["1", "a", "22"])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(int, "1 2 3".split())), max(map(len, ["ab", "abc"])))
print(list(map(pow, [2, 3], [3, 2])))
print(dict(map(lambda kv: (kv[0], kv[1] * 2), {"a": 1}.items())))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__ + ":", e)
