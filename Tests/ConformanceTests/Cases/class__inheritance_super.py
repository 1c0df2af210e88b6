# inheritance: overriding, super().__init__, super() method calls, isinstance/issubclass, inherited attributes
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "SQUARE: " + super().describe()
shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe())
sq = shapes[2]
print(isinstance(sq, Rect), isinstance(sq, Shape), issubclass(Square, Shape), type(sq) is Rect)
print([c.__name__ for c in Square.__mro__])
print(Square.__bases__[0].__name__, Rect.__base__.__name__)
