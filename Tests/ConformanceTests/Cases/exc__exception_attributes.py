# attributes on built-in exceptions: KeyError.args, StopIteration.value, OSError errno-free, custom attributes
try:
    {}["missing"]
except KeyError as e:
    print(e.args, e.args[0], len(e.args))
try:
    int("nope")
except ValueError as e:
    print(e.args[0].startswith("invalid literal"), type(e.args).__name__)
e = StopIteration("done")
print(e.value, e.args)
e2 = ValueError("a", "b")
e2.detail = {"field": "x"}
print(e2.detail, str(e2), repr(e2))
try:
    raise e2
except ValueError as caught:
    print(caught is e2, caught.detail["field"])
print(isinstance(ValueError(), Exception), ValueError.__name__, type(ValueError("x")).__name__)
