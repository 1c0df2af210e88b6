# assignment expressions (walrus): in if, while, comprehensions (binds in enclosing scope), nested
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("v", v)
print([y for x in data if (y := x * 2) > 10])
print(y)
print([last := x for x in range(3)], last)
totals = [total := 0] and [total := total + x for x in [1, 2, 3]]
print(totals, total)
print((w := 5) + w)
def f():
    if (m := 10) > 5:
        return m * 2
print(f())
print({k: (sq := k * k) for k in range(3)}, sq)
