# function introspection that is address-free: __name__, __doc__, __qualname__ (the sandbox hides __defaults__ and __kwdefaults__)
def f(a, b=2, *args, c=3, **kw):
    """Adds things."""
    return a
class C:
    def m(self):
        pass
    class Inner:
        def deep(self):
            pass
print(f.__name__, f.__doc__)
print(C.m.__qualname__, C.Inner.deep.__qualname__, C.Inner.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__)
