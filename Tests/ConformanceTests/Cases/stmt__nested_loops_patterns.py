# nested loop patterns: matrix construction, pair search, triangle, multiplication table
n = 4
table = []
for i in range(1, n + 1):
    row = []
    for j in range(1, n + 1):
        row.append(i * j)
    table.append(row)
for row in table:
    print(" ".join(f"{v:3}" for v in row))
nums = [2, 7, 11, 15, 1, 8]
target = 9
pairs = []
for i in range(len(nums)):
    for j in range(i + 1, len(nums)):
        if nums[i] + nums[j] == target:
            pairs.append((nums[i], nums[j]))
print(pairs)
for i in range(1, 5):
    print("*" * i)
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a < b < c:
                count += 1
print("increasing triples:", count)
