# dict changed size during iteration raises RuntimeError; safe patterns iterate over a copy
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(d))
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print(d)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
