# truthiness of objects: __bool__ takes priority, then __len__, default True; bad __bool__ return type
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 2
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
for obj in [Empty(), Full(), Flag(True), Flag(False), BoolAndLen(), Plain()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print([type(o).__name__ for o in [Empty(), Full(), Plain()] if o])
