# while loops: counters, condition with walrus, sentinel loops, nested while
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(data) and data[i] != 5:
    i += 1
print("index of 5:", i)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item == 2:
        queue.append(20)
    print("processed", item)
stack = list("abc")
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
