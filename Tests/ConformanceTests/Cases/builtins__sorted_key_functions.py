# sorted with various key functions: builtins as keys, methods, tuples for tie-breaks, None-safe keys
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
nums = [-5, 3, -1, 4, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: (n < 0, abs(n))))
rows = [{"name": "x", "score": None}, {"name": "y", "score": 7}, {"name": "z", "score": 3}]
print([r["name"] for r in sorted(rows, key=lambda r: (r["score"] is None, r["score"] or 0))])
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
versions = ["1.10", "1.2", "1.9", "2.0"]
print(sorted(versions), sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
print(sorted("Hello World", key=str.isupper), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
