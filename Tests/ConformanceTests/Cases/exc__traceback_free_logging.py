# logging exceptions without tracebacks: formatting type name and message, chaining context descriptions
def describe(e):
    parts = [f"{type(e).__name__}: {e}"]
    while e.__cause__ or e.__context__:
        e = e.__cause__ or e.__context__
        parts.append(f"caused by {type(e).__name__}: {e}")
    return " | ".join(parts)
def load(path):
    try:
        return {"a.json": "{}"}[path]
    except KeyError as e:
        raise FileNotFoundError(f"no such file: {path}") from e
def init():
    try:
        load("b.json")
    except FileNotFoundError as e:
        raise RuntimeError("init failed") from e
try:
    init()
except RuntimeError as e:
    print(describe(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(describe(e))
