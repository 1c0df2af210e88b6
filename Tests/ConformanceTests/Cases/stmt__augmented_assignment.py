# augmented assignment on names, subscripts, attributes, nested containers; evaluated target once
class Acc:
    def __init__(self):
        self.total = 0
        self.items = []
acc = Acc()
acc.total += 5
acc.total *= 3
acc.total -= 1
acc.total //= 2
acc.total **= 2
acc.total %= 10
acc.items += ["a"]
print(acc.total, acc.items)
d = {"n": 1, "s": "x", "l": [1]}
d["n"] += 10
d["s"] *= 3
d["l"] += [2]
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 3
m[0][1] <<= 3
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
n = 7
n /= 2
print(n)
b = 0b1100
b &= 0b1010
b |= 1
b ^= 0b11
b >>= 1
print(b)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    undefined_name_zz += 1
except NameError as e:
    print(type(e).__name__ + ":", e)
