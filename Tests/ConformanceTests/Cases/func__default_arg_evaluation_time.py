# default values are evaluated once at def time: counters, lists, and calls in defaults
calls = []
def make_default():
    calls.append("made")
    return len(calls)
def f(x=make_default()):
    return x
print(calls, f(), f(), f(10), calls)
def g(items=[]):
    items.append(len(items))
    return items
print(g(), g(), g([]), g())
def h(d={}):
    d[len(d)] = True
    return d
print(h(), h() is h())
