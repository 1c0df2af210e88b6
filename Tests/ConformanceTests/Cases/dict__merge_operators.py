# dict | and |= merge operators, ** unpacking merges, later keys win
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
print({**a, **b}, {**b, **a})
c = dict(a)
c |= b
print(c, a)
c |= [("w", 0)]
print(c)
print(dict(a, y=99, q=1))
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print({**{"k": 1}, "k": 2}, {"k": 2, **{"k": 1}})
