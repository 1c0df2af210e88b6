# f-strings with nested replacement fields inside format specs
width = 10
prec = 3
val = 3.14159265
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}}|")
print(f"{'hi':{'*'}^{width}}|")
for w in (4, 6, 8):
    print(f"[{w:{w}}]")
fmt = ".1%"
print(f"{0.256:{fmt}}")
align = "<"
print(f"{'ab':{align}5}|")
print(f"{12345:{','}}")
rows = [("apple", 1.5), ("kiwi", 12.25)]
for name, price in rows:
    print(f"{name:<8}{price:>8.2f}")
