# keyword-only (after *) and positional-only (before /) parameters and how they can be called
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2), kw_only(1, c=5, b=2), kw_only(a=0, b=1))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def mixed(x, /, y=2, *args, z, **kw):
    return x, y, args, z, kw
print(mixed(1, z=0), mixed(1, 2, 3, 4, z=5, w=6))
def pos_and_kw_same_name(a, /, **kw):
    return a, kw
print(pos_and_kw_same_name(1, a=2))
