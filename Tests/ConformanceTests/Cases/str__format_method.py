# str.format: positional auto/explicit numbering, keyword, attribute and index fields, nested specs
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{d[key]} {d[2]}".format(d={"key": "v", 2: "two"}))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = 4
print("({p.x}, {p.y})".format(p=Pt()))
print("{:>{w}}|".format("r", w=5))
print("{0:{1}}|".format("s", 4))
print("{{}} {}".format(1))
print("{!r}".format("q"))
print("{0}{0}{0}".format("ab"))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{".format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "}".format()
except ValueError as e:
    print(type(e).__name__, e)
print("{:,.2f} | {:^7} | {:08.3f}".format(1234.5, "mid", -3.14159))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data))
print("{} and {}".format(*["x", "y"]))
