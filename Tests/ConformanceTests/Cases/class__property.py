# @property: computed getter, setter with validation, deleter, read-only property errors
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Item:
    def __init__(self):
        self._n = 1
    @property
    def n(self):
        return self._n
    @n.deleter
    def n(self):
        print("deleting n")
        del self._n
i = Item()
print(i.n)
del i.n
print(hasattr(i, "_n"))
print(type(Temperature.celsius).__name__)
