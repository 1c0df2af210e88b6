# f-strings: names, arithmetic, method calls, indexing, dict access with other quotes, conditionals
name = "Ada"
n = 3
items = [10, 20, 30]
d = {"k": "v", "n": 5}
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} {name.lower()!r}")
print(f"{items[0]} {items[-1]} {items[1:]}")
print(f"{d['k']} {d['n'] * 2}")
print(f"{'yes' if n > 2 else 'no'}")
print(f"{len(items)} items, total {sum(items)}")
print(f"{[x * 2 for x in items]}")
print(f"{ {'a': 1} }")
print(f"{{literal braces}} {n}")
print(f"{{{n}}}")
print(f"{name!r:>10}|")
print(F"upper F prefix {n}")
print(rf"raw \n {n}")
print(f"multi" f"part {n}" "plain")
print(f"{3.5}", f"{None}", f"{True}", f"{[1, 'a']}", f"{(1,)}")
