# for/while loops with else, break, continue, nested loops with flags
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("i", i)
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("else after empty loop")
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    i -= 1
    if i == 0:
        break
print("after break", i)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for x in row:
        if x == 4:
            found = x
            break
    if found:
        break
print("found", found)
total = 0
for x in range(10):
    if x % 2:
        continue
    total += x
print(total)
