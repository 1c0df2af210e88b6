# dispatch tables with dicts of functions instead of long if/elif chains
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {"+": add, "-": sub, "*": mul, "/": lambda a, b: a / b}
for expr in ["3 + 4", "10 - 7", "6 * 7", "8 / 2", "2 ^ 3"]:
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, "-> unknown operator", repr(op))
    else:
        print(expr, "->", fn(int(a), int(b)))
handlers = {int: "integer", str: "string", list: "list"}
for v in [1, "s", [1], 2.0]:
    print(repr(v), handlers.get(type(v), "other"))
