# list augmented assignment: += extends in place (aliases see it), *= repeats in place, + creates new
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a += (4, 5)
print(a)
a += "xy"
print(a)
a *= 2
print(len(a), alias is a)
b = [1]
c = b
b = b + [2]
print(b, c)
try:
    b = b + (3,)
except TypeError as e:
    print(type(e).__name__ + ":", e)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0] += [9]
print(m)
