# cooperative __init__ with super() and **kwargs across multiple inheritance, attribute collection order
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            self.extra = kwargs
class Named(Base):
    def __init__(self, name=None, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Person")
p = Person(name="Ann", age=30, city="Oslo")
print(p.name, p.age, p.extra, p.log)
print([c.__name__ for c in Person.__mro__])
