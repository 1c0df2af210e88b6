# the "as" name is deleted at the end of the except block; save it to another variable to keep it
try:
    raise ValueError("v")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print(type(e).__name__ + ":", e)
print("saved:", repr(saved))
err = "preexisting"
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    err
    print("err defined after except?", True)
except NameError:
    print("err defined after except?", False)
