# round() return types and values with ints, floats, negative ndigits, bools; __round__ on user class
print(round(5), type(round(5)).__name__, round(5, 2), type(round(5, 2)).__name__, round(-15, -1), round(25, -1))
print(round(2.5), round(3.5), round(2.5, 0), round(-0.5), round(0.5, 1), round(1e16 + 0.5))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(True), round(False, 2))
class Price:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return f"rounded({self.v}, {n})"
print(round(Price(1.25)), round(Price(1.25), 1))
