# uncaught TypeError from str + int concatenation inside a helper
def label(name, count):
    return name + ": " + count
def render(rows):
    return [label(n, c) for n, c in rows]
print(render([("a", "1")]))
try:
    label("x", 1)
except TypeError as e:
    print("handled:", e)
print(label("y", str(2)))
print(render([("b", 2)]))
