# list comprehensions: filters, nested loops, conditional expressions, nested comprehensions, scope
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "abc" if c != "b"])
words = ["apple", "Bob", "kiwi"]
print([w for w in words if w[0].isupper()], [len(w) for w in words])
x = "outer"
print([x for x in range(3)], x)
print([y for row in [[1, 2], [3]] for y in row])
print([(k, v) for k, v in {"a": 1, "b": 2}.items()])
print(sum([i for i in range(101) if i % 2]))
