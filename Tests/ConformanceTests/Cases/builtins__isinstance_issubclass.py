# isinstance / issubclass: tuples of types, bool/int relationship, user classes, type() identity
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance({}, dict))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(Dog, (Cat, Animal)))
print(issubclass(int, object), issubclass(Dog, Dog), isinstance(Dog, type), isinstance(d, object))
print(type(d) is Dog, type(d) == Animal, type(True) is bool, type(1) is int)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(type(e).__name__ + ":", e)
