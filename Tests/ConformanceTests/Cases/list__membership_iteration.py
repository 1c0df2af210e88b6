# list membership and iteration patterns: in, enumerate, reversed, index loops, modifying while iterating a copy
items = ["a", "b", "c", "d"]
print("b" in items, "z" not in items, [1] in [[1], [2]], None in [0, False, ""])
for i, v in enumerate(items):
    print(i, v, end="; ")
print()
for v in reversed(items):
    print(v, end="")
print()
for i in range(len(items) - 1, -1, -1):
    if items[i] in ("b", "c"):
        del items[i]
print(items)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
print(list(reversed([1, 2, 3])), list(enumerate(["x", "y"], start=1)))
