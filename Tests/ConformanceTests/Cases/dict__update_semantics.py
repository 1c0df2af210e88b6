# dict update/merge semantics: order of existing keys kept, new keys appended, values replaced, kwargs form
base = {"a": 1, "b": 2, "c": 3}
base.update({"b": 20, "d": 4})
print(base)
base.update(a=100, e=5)
print(base)
base.update([("c", 30)], f=6)
print(base)
copy = {**base, "a": 0}
print(copy, base["a"])
cfg = {"timeout": 30, "retries": 3}
overrides = {"retries": 5, "verbose": True}
print({**cfg, **overrides}, cfg | overrides == {**cfg, **overrides})
d = {}
d.update()
print(d, {}.update({}) is None)
