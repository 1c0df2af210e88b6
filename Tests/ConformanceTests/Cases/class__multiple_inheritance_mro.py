# multiple inheritance: MRO (C3 linearization), cooperative super() calls, diamond
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])
class A:
    x = "A"
class B:
    x = "B"
    y = "B.y"
class C(A, B):
    pass
print(C.x, C.y)
class LoggerMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Service(LoggerMixin):
    def run(self):
        return self.log("running")
print(Service().run())
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
