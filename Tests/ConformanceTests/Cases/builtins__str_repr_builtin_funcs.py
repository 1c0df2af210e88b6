# repr/str of builtin types and functions without addresses: classes, builtin functions, type objects
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError))
print(str(len), str(print), repr(max))
class Mine:
    pass
print(repr(Mine), Mine.__name__, Mine.__qualname__, Mine.__module__)
print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(...))
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), Outer.Inner.__qualname__)
print(repr(type(None)), repr(type(True)), repr(type(1.5)), repr(type([])))
print(repr(KeyError), str(ZeroDivisionError), repr(BaseException))
print(str(dict), str(list), str(tuple), str(set), str(frozenset), str(range), str(bytes))
