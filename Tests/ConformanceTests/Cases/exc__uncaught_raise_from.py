# uncaught exception raised "from" another: stderr shows both, last line is the outer RuntimeError
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"could not parse {s!r}") from e
print(parse("12"))
try:
    parse("x")
except RuntimeError as e:
    print("handled:", e, "| cause:", repr(e.__cause__))
print(parse("twelve"))
