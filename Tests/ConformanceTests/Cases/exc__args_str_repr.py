# exception objects: args tuple, str() and repr() with zero, one, and many args, non-string args
cases = [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), KeyError(1, 2),
         IndexError(3), TypeError(None), Exception([1, 2]), RuntimeError(""), ZeroDivisionError("division by zero"),
         StopIteration(5), AttributeError("a")]
for e in cases:
    print(type(e).__name__, "| args:", e.args, "| str:", str(e), "| repr:", repr(e))
e = ValueError("msg")
e.args = ("changed",)
print(e, e.args)
print(str(KeyError("quote'me")), repr(KeyError("quote'me")))
