# scoping rules: comprehension variables don't leak, loop variables do, class body scope is not enclosing for methods
for i in range(3):
    pass
print("loop var after loop:", i)
squares = [j * j for j in range(3)]
try:
    j
except NameError as e:
    print(type(e).__name__ + ":", e)
x = "global"
def f():
    return [x for _ in range(1)]
print(f())
class K:
    factor = 3
    values = [factor * 1]
    def method(self):
        try:
            return factor
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(K.values, K().method())
def g():
    total = 0
    for k in range(4):
        total += k
    return total, k
print(g())
