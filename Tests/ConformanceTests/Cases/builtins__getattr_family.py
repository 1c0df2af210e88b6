# getattr (with default) hasattr setattr delattr on user objects, builtins, and errors
class Cfg:
    debug = False
    def __init__(self):
        self.name = "svc"
c = Cfg()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
print(hasattr(c, "name"), hasattr(c, "nope"), hasattr("s", "upper"), hasattr([], "append"))
setattr(c, "port", 8080)
print(c.port, getattr(c, "port"))
delattr(c, "port")
print(hasattr(c, "port"))
print(getattr("abc", "upper")(), getattr([3, 1], "index")(1))
try:
    getattr(c, "zzz")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    delattr(c, "zzz")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
for attr in ["name", "debug", "other"]:
    print(attr, getattr(c, attr, "<none>"))
