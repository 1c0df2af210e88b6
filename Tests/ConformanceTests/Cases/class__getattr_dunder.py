# __getattr__ fallback for missing attributes, __setattr__ interception, __slots__-free dynamic attributes
class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__} has no {name}")
d = Dyn()
print(d.real, d.get_user(), getattr(d, "get_x")())
try:
    d.other
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(hasattr(d, "other"), hasattr(d, "get_y"))
class Logged:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
l = Logged()
l.a = 1
l.b = [2]
print(l.a, l.b)
