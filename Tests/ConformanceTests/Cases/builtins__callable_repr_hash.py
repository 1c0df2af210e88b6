# callable, repr, hash builtins: relationships that hold in CPython without exposing addresses
class C:
    def __call__(self):
        return "called"
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(5), callable(lambda: 0), callable("s".upper))
print(repr(1), repr("a"), repr([1, "a"]), repr(None), repr(1.0), repr((1,)), repr({"a": [1]}))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
print(hash(0) == hash(0.0), hash(frozenset([1])) == hash(frozenset([1])))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(C()())
