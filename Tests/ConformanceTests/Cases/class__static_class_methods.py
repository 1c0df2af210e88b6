# @staticmethod and @classmethod: alternative constructors, calling via class and instance, inheritance of cls
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2023-01-05"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
class Registry:
    items = []
    @classmethod
    def register(cls, name):
        cls.items.append(name)
        return len(cls.items)
print(Registry.register("a"), Registry().register("b"), Registry.items)
print(callable(Date.is_leap), callable(Date.from_string))
