# evaluation order of arguments and operands is left-to-right
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), k=v(3)), log)
log.clear()
r = v(1) + v(2) * v(3)
print(r, log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d, log)
log.clear()
lst = [v(i) for i in range(3)]
print(lst, log)
log.clear()
x = v(10) if v(True) else v(20)
print(x, log)
log.clear()
print(v(0) or v("") or v("last"), log)
log.clear()
print(v(1) and v(2) and v(0) and v(3), log)
