# for-loop targets: tuple unpacking, nested unpacking, starred targets, attribute and subscript targets
pairs = [(1, "a"), (2, "b")]
for num, letter in pairs:
    print(num, letter)
for i, (num, letter) in enumerate(pairs):
    print(i, num, letter)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
d = {}
for d["key"] in ["x", "y"]:
    pass
print(d)
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
