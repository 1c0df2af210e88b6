# range in loops: counting down, step sizes, index-based iteration, range of len, empty ranges
for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
print(list(range(0, 20, 5)), list(range(-3, 3)), list(range(10, -10, -7)))
s = "abcde"
print([s[i] for i in range(0, len(s), 2)], [s[i] for i in range(len(s) - 1, -1, -1)])
print([i for i in range(5) if i % 2], sum(range(0, 101, 10)))
print(list(range(2, 2)), list(range(5, 0)), list(range(0, 5, -1)))
n = 0
for _ in range(1000):
    n += 1
print(n)
pairs = [(i, j) for i in range(3) for j in range(i + 1, 3)]
print(pairs)
