# class attributes looked up through inheritance; overriding in subclass; modifying base affects subclasses
class Base:
    color = "red"
    tags = []
class Child(Base):
    pass
class Other(Base):
    color = "blue"
print(Child.color, Other.color, Base.color)
Base.color = "green"
print(Child.color, Other.color)
Child.tags.append("shared")
print(Base.tags, Other.tags)
Child.color = "yellow"
print(Child.color, Base.color, "color" in vars(Child), "color" in vars(Other))
c = Child()
print(c.color, type(c).color)
