# AttributeError messages for instances, classes, builtins, and None
class Foo:
    cls_attr = 1
    def __init__(self):
        self.present = True
f = Foo()
tests = [
    lambda: f.qqq,
    lambda: Foo.qqq,
    lambda: [].qqq,
    lambda: None.qqq,
    lambda: (5).qqq,
    lambda: "s".qqq,
    lambda: {}.qqq,
    lambda: Foo.present,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
try:
    None.qqq = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    [].append = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
