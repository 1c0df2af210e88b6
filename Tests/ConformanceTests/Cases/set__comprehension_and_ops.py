# set comprehensions, membership speed idioms, operations on sets of small ints (deterministic order)
evens = {x for x in range(10) if x % 2 == 0}
odds = {x for x in range(10) if x % 2}
print(evens, odds, evens | odds == set(range(10)), evens & odds)
squares_mod = {x * x % 7 for x in range(10)}
print(squares_mod, len(squares_mod))
print({1, 2, 3} - {2}, {1, 2} ^ {2, 3}, {3, 1} | {2})
a = {1, 2, 3}
b = a
b.add(4)
print(a, a is b, a.copy() is a)
print(sorted({-3, 10, 2, 7}), max({4, 9, 1}), min({4, 9, 1}), sum({1, 2, 3}))
print(set([1, 2, 2, 3, 3, 3]), set("aab") == {"a", "b"}, set() < {1}, {1} < {1})
