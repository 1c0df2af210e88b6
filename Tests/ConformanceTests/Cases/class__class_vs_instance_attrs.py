# class attribute vs instance attribute: mutable class attribute shared, shadowing, counting instances
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bad(), Bad()
b1.add(1); b2.add(2)
print(b1.items, b2.items, Bad.items)
g1, g2 = Good(), Good()
g1.add(1); g2.add(2)
print(g1.items, g2.items)
class Counter:
    n = 0
    def __init__(self):
        self.n += 1
c = Counter(); c2 = Counter()
print(Counter.n, c.n, c2.n)
class Config:
    retries = 3
cfg = Config()
print(cfg.retries)
cfg.retries = 5
print(cfg.retries, Config.retries, "retries" in vars(cfg))
