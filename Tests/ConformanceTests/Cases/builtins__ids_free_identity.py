# identity checks without printing ids: is / is not with None, small values, fresh containers
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x is not None, None is None)
print([] is [], {} == {}, () == ())
t = (1, 2)
u = t
print(t is u)
def f(lst=None):
    if lst is None:
        lst = []
    lst.append(1)
    return lst
print(f(), f(), f([0]))
print(type(1) is int, type("s") is not str)
