# repeated augmented operations growing ints past machine size and shrinking back
x = 1
for i in range(70):
    x *= 2
print(x, x.bit_length())
for i in range(70):
    x //= 2
print(x)
y = 0
for i in range(1, 40):
    y += i ** 10
print(y)
z = -1
z <<= 100
print(z, z >> 99, z & 0xff)
acc = 7
for _ in range(5):
    acc = acc * acc % 1000000007
print(acc)
