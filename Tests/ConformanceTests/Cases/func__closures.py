# closures: counters, captured variables, late binding in loops and the default-arg fix
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def outer():
    msg = "first"
    def show():
        return msg
    msg = "second"
    return show
print(outer()())
def accumulator(start):
    total = [start]
    def add(x):
        total[0] += x
        return total[0]
    return add
acc = accumulator(10)
print(acc(5), acc(5))
print(callable(c), c.__name__)
