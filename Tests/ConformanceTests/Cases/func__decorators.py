# decorators: simple wrapper, with arguments, stacked (application order), preserving return values, class-based
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def hello(name):
    return f"hello {name}"
print(hello("ann"))
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
order = []
def tag(label):
    def deco(fn):
        order.append(f"decorating with {label}")
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(order)
print(text())
calls = {}
def count_calls(fn):
    def wrapper(*a):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*a)
    wrapper.__name__ = fn.__name__
    return wrapper
@count_calls
def square(x):
    return x * x
print(square(2), square(3), calls, square.__name__)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), len(slow_fib.cache))
def identity(fn):
    return fn
@identity
def plain():
    return "unchanged"
print(plain(), plain.__name__)
