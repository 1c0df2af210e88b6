# dict comprehensions: inversion, filtering, conditional values, from zip, nested, key collisions (last wins)
names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
d = {n: s for n, s in zip(names, scores)}
print(d)
print({s: n for n, s in d.items()})
print({n: ("pass" if s >= 80 else "fail") for n, s in d.items()})
print({n: s for n, s in d.items() if s > 80})
print({len(n): n for n in names})
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 3)})
print({k.upper(): v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
