# uncaught after handler logs and re-raises with bare raise: last line "ValueError: invalid literal for int() with base 10: 'n/a'"
def to_int(s):
    try:
        return int(s)
    except ValueError:
        print("log: bad value", repr(s))
        raise
print([to_int(x) for x in ["1", "2"]])
try:
    to_int("x")
except ValueError as e:
    print("handled:", e)
print([to_int(x) for x in ["3", "n/a"]])
