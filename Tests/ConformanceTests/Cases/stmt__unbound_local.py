# UnboundLocalError: assignment anywhere in function makes name local; free variable not yet bound
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def g():
    y += 1
    y = 0
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(UnboundLocalError, NameError))
def h(flag):
    if flag:
        z = 1
    return z
print(h(True))
try:
    h(False)
except NameError as e:
    print(type(e).__name__ + ":", e)
def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 1
    return inner()
print(outer())
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
