# tuple edge cases: single element needs comma, parentheses optional, empty tuple, nested, repr
a = 1,
b = (1)
c = ()
d = ((),)
e = (((1,),),)
print(a, b, c, d, e, len(d), len(e[0][0]))
print(type(a).__name__, type(b).__name__, type(c).__name__)
def ret():
    return 1, 2
print(ret(), type(ret()).__name__)
x = 1, 2, 3
print(x, x[::-1], x * 0, x + ())
print((1,) * 3, tuple() == (), (None,), (("a",),))
for item in 5, 6:
    print("item", item)
