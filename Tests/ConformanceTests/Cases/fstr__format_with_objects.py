# f-strings with objects: __format__ delegation, __str__ used for default, !r uses __repr__, None/bool formatting
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        return format(value, spec or ".2f")
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:,.1f}", f"{m!s}", f"{m!r}", str(m), format(m, ">12,.2f"))
print(f"{None}", f"{None!r}", f"{True}", f"{False!s}", f"{None!s:>6}")
