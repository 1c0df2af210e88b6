class Level(int):
    def describe(self):
        return "level " + str(int(self))
a = Level(3)
print(a, repr(a), a + 1, type(a + 1).__name__, type(a).__name__, a.describe(), a == 3, hash(a) == hash(3), {3: 'x'}[a])
print([10, 20, 30, 40][a], isinstance(a, int), bool(Level(0)), bool(a), a * 2, -a, abs(Level(-2)), str(a), f"{a:>4}")
print(sorted([Level(5), 2, Level(1)]), max(Level(1), 2), range(a), int(a), type(int(a)).__name__, a // 2, a % 2, a ** 2)
class Big(int):
    pass
print(Big(10**30) + 1, Big("ff", 16), Big(2.9), Big(True), type(Big()).__name__)
