# re-raising: bare raise inside except keeps the same exception object; raise e; raising a different type
def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError as e:
        print("middle saw", e)
        raise
try:
    middle()
except ValueError as e:
    print("outer got", repr(e))
saved = None
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print("same object:", e2 is saved)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__, "| suppress:", e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
