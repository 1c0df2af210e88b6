# f-string expressions: calls with keyword args, lambdas in parens, walrus in parens, comparison, slices, nested f-strings
vals = [3, 1, 2]
print(f"{sorted(vals, reverse=True)}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{(n := 10) * 2} {n}")
print(f"{3 > 2} {vals[::-1]} {vals[-1]:03d}")
print(f"{f'{1 + 1}'} {f'inner {vals[0]}'}")
print(f"{'-'.join(str(v) for v in vals)}")
print(f"{len(vals) if vals else 0:>4}")
print(f"{ {'k': 1}['k'] }")
print(f"{1,2}", f"{(1, 2)!r}")
d = {"x": 1.23456}
print(f"{d['x']:.2f} {d}")
