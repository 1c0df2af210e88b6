# classes: __init__, instance attributes, methods, self, class attributes vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
a = Dog("rex", 3)
b = Dog("fido")
print(a.bark(), b.bark(), a.age, b.age)
print(a.birthday().birthday().age)
print(Dog.count, a.count, Dog.species, a.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
print(type(a).__name__, isinstance(a, Dog), type(a).__name__)
print(sorted(vars(b).items()), sorted(vars(a)))
m = a.bark
print(m())
print(Dog.bark(b))
