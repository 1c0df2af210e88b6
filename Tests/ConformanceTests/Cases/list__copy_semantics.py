# list copies: slice, list(), copy(), comprehension are shallow; manual deep copy for nested lists
orig = [[1, 2], [3, 4]]
shallow = orig.copy()
deep = [row[:] for row in orig]
shallow[0].append(99)
deep[1].append(-1)
print(orig, shallow, deep)
print(orig[0] is shallow[0], orig[1] is deep[1])
a = [1, 2, 3]
b = a[:]
b[0] = 100
print(a, b)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
x = ["start"]
y = mutate(x)
print(x, y)
