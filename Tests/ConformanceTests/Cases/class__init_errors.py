# construction errors: wrong args to __init__, __init__ returning non-None, calling method without instance
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def m(self, x):
        return x
for call in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2).m(), lambda: P(1, 2).m(1, 2), lambda: P.m(1), lambda: P(1, c=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
