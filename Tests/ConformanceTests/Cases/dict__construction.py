# dict construction: literal, dict(), kwargs, pairs, zip, comprehension, duplicate keys in literal
print({}, dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict(zip("abc", range(3))))
print({"k": 1, "k": 2})
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(dict({"a": 1}, b=2))
print({(1, 2): "tuple key", 3: "int", "s": "str", None: "none", True: "bool?"})
print({1: "a", 1.0: "b"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w: len(w) for w in words})
