# f-string = debugging specifier: uses repr by default, keeps whitespace, combines with format spec and conversion
x = 10
name = "bob"
items = [1, 2]
print(f"{x=}")
print(f"{name=}")
print(f"{items=}")
print(f"{x = }")
print(f"{x+1=}")
print(f"{x * 2 = }")
print(f"{name=!s}")
print(f"{name=:>6}")
print(f"{3.14159=:.2f}")
print(f"{len(items)=}")
print(f"{x=}, {name=}")
print(f"{items[0]=}")
