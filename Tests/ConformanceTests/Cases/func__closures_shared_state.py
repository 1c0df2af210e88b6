# closures sharing state: multiple inner functions over the same cell, getters/setters, closure over loop via factory
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: {balance} < {x}")
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), get())
try:
    wd(500)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(get())
def make_handlers(names):
    handlers = {}
    for n in names:
        def make(n):
            return lambda: f"handled {n}"
        handlers[n] = make(n)
    return handlers
h = make_handlers(["a", "b"])
print(h["a"](), h["b"]())
