# del of names, attributes, dict entries, list slices; NameError and AttributeError after deletion
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.zz
except AttributeError as e:
    print(type(e).__name__ + ":", e)
name = "v"
del name
try:
    name
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__ + ":", e)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], d["y"]
print(d)
