# __repr__ and __str__: which one print/str/repr/f-strings/containers use, fallback of __str__ to __repr__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"ReprOnly(v={self.v!r})"
b = Both()
r = ReprOnly("x")
print(b, str(b), repr(b), f"{b}", f"{b!r}", [b], (b,), {"k": b})
print(r, str(r), [r, ReprOnly(2)], f"{r}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class StrOnly:
    def __str__(self):
        return "str-only"
s = StrOnly()
print(s, str(s), repr(s).startswith("<"), repr(s).endswith(">"))
