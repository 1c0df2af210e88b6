# lambda: expressions, defaults, closures, immediately invoked, in sort keys, returning tuples, __name__
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "iife")(), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, type(sq).__name__)
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[0]))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
funcs = {"double": lambda x: x * 2, "neg": lambda x: -x}
print({name: fn(7) for name, fn in funcs.items()})
print((lambda x: (x, x * 2))(3), (lambda: None)())
cond = lambda x: "pos" if x > 0 else "non-pos"
print(cond(1), cond(0))
