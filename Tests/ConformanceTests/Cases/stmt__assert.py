# assert: passing asserts, failing with and without message caught; message can be any expression
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    x = 3
    assert x % 2 == 0, f"x={x} must be even"
except AssertionError as e:
    print("AssertionError:", e)
print("done")
