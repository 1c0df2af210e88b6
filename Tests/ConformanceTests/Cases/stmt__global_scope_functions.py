# module-level names used inside functions, functions defined conditionally, redefinition, recursion via global name
DEBUG = False
def log(msg):
    if DEBUG:
        return f"[debug] {msg}"
    return msg
print(log("a"))
DEBUG = True
print(log("b"))
if DEBUG:
    def mode():
        return "debug mode"
else:
    def mode():
        return "normal mode"
print(mode())
def greet():
    return "v1"
first = greet
def greet():
    return "v2"
print(first(), greet())
def countdown(n):
    return [] if n == 0 else [n] + countdown(n - 1)
print(countdown(4))
