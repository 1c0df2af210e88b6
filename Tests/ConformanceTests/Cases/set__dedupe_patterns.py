# dedupe patterns: set for membership, order-preserving dedupe with seen-set or dict.fromkeys
items = ["b", "a", "b", "c", "a", "d"]
seen = set()
ordered = []
for x in items:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered)
print(list(dict.fromkeys(items)))
print(sorted(set(items)))
print(len(set(items)), len(items))
nums = [5, 3, 5, 1, 3]
print(sorted(set(nums)), sorted(set(nums), reverse=True))
print({n for n in nums if n > 2})
a = ["x", "y", "z"]
b = ["y", "z", "w"]
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), [x for x in a if x not in set(b)])
