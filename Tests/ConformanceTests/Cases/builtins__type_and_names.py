# type(x).__name__ for many values, type() of classes, __name__ of functions and classes
values = [0, 0.0, "", b"", None, True, [], (), {}, set(), frozenset(), range(0), len, print,
          lambda: 0, iter([]), (x for x in []), {}.keys(), {}.values(), {}.items(),
          map(str, []), filter(None, []), zip(), enumerate([]), slice(1), type, object(), Ellipsis]
for v in values:
    print(type(v).__name__, end=" ")
print()
def f(): pass
class K: pass
print(f.__name__, K.__name__, type(K).__name__, type(K()).__name__, type(f).__name__)
print(type(type(1)).__name__, type(int).__name__, int.__name__, ValueError.__name__)
print(type(None).__name__, type(...).__name__)
