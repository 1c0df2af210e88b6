# NameError messages (names chosen without close matches, so 3.12 suggestions never apply)
def use_undefined():
    return qwertyuiop + 1
try:
    use_undefined()
except NameError as e:
    print(type(e).__name__ + ":", e, "| name attr:", e.name)
try:
    zxcvbnm
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    del asdfghjkl
except NameError as e:
    print(type(e).__name__ + ":", e)
def later():
    return defined_after_call
try:
    later()
except NameError as e:
    print(type(e).__name__ + ":", e)
defined_after_call = "now defined"
print(later())
