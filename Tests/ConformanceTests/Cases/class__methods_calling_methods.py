# methods calling other methods via self, method chaining returning self, bound method objects stored and called later
class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price, qty=1):
        self.items.append((name, price, qty))
        return self
    def subtotal(self):
        return sum(p * q for _, p, q in self.items)
    def tax(self, rate=0.25):
        return self.subtotal() * rate
    def total(self):
        return self.subtotal() + self.tax()
    def summary(self):
        return f"{len(self.items)} lines, subtotal {self.subtotal():.2f}, total {self.total():.2f}"
cart = Cart().add("pen", 1.5, 4).add("book", 12.0).add("bag", 20.0)
print(cart.summary())
adder = cart.add
adder("gum", 0.5, 2)
print(cart.summary(), [i[0] for i in cart.items])
ops = [cart.subtotal, cart.tax, cart.total]
print([f"{op.__name__}={op():.2f}" for op in ops])
