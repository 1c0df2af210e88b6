# light introspection: vars() of instances, type(), __name__, sorted(dir()) membership checks (the sandbox hides __dict__ and __class__)
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(vars(p), vars(p) is vars(p), type(p) is P)
p.z = 3
print(sorted(vars(p)))
print("x" in dir(p), "kind" in dir(p), "upper" in dir("s"), "append" in dir([]))
print(sorted(k for k in vars(P) if not k.startswith("__")))
