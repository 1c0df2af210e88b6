# raise forms: class vs instance, raising non-exceptions errors, raising with custom messages
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("with msg")
except ValueError as e:
    print(repr(e))
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for a in [5, -1, "x"]:
    try:
        print(validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
