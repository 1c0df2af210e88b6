# modifying loop variables and iterables: reassigning the loop var has no effect on iteration; appending extends it
for i in range(3):
    print("i =", i)
    i = 100
print("after", i)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print("x", x)
print(items)
nums = [1, 2, 3, 4]
for n in nums:
    if n == 2:
        nums.remove(n)
print(nums)
n = 3
while n:
    n -= 1
    if n == 1:
        continue
    print("n", n)
