# class-level state via classmethods, instance ids assigned from a counter, __init_subclass__-free registry
class Model:
    _next_id = 1
    registry = {}
    def __init__(self, name):
        self.id = Model._next_id
        Model._next_id += 1
        self.name = name
        Model.registry[self.id] = self
    @classmethod
    def get(cls, ident):
        return cls.registry.get(ident)
    @classmethod
    def count(cls):
        return len(cls.registry)
    def __repr__(self):
        return f"<Model {self.id} {self.name}>"
for n in ["a", "b", "c"]:
    Model(n)
print(Model.count(), Model.get(2), Model.get(9))
print(sorted(Model.registry))
