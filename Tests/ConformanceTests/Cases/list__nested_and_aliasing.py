# nested lists and aliasing: shared references, shallow copy, list multiplication gotcha
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
b.append(4)
a[1].append(99)
print(a, b, c, d)
print(a is b, a is c, a == c, a[1] is c[1])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in matrix], [[r[i] for r in matrix] for i in range(3)])
print(list(zip(*matrix)))
x = [1, 2]
x += [3]
y = x
x = x + [4]
print(x, y)
deep = [[[1]]]
print(deep[0][0][0], len(deep))
