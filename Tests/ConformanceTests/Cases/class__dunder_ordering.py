# __lt__ and friends: sorting user objects, reflected comparisons, missing operators raise TypeError
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return f"V{self.s}"
vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.10"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.1"))
try:
    Version("1.0") <= Version("1.1")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"
tasks = [Task(2, "b"), Task(1, "a"), Task(2, "c"), Task(0, "z")]
print(sorted(tasks), sorted(tasks, reverse=True))
class Plain:
    pass
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(type(e).__name__ + ":", e)
