# functions as first-class values: stored in containers, passed and returned, attributes, higher-order helpers
def apply(fn, *args):
    return fn(*args)
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(max, 3, 9, 2), apply(str.upper, "abc"))
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
def describe(fn):
    return fn.__name__
print(describe(apply), describe(len), describe(inc))
def tagged():
    return "t"
tagged.label = "custom attribute"
print(tagged.label, tagged())
def reduce_like(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce_like(lambda a, b: a * b, [1, 2, 3, 4], 1), reduce_like(lambda a, b: b + a, "abc", ""))
