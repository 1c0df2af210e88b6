# str(): of numbers, None, bools, containers, nested; str of str; repr vs str differences
print(str(42), str(-3.5), str(None), str(True), str(1e100), str(10**20))
print(str([1, "a", None]), str((1,)), str({"a": 1}), str({1, 2}), str(set()))
print(str(range(3)), str(b"x"), str(""), str(str))
print(len(str(12345)), str(0.1), str(1/3))
print(str([["nested", ("t", 1)], {"d": {"e": []}}]))
print(str(frozenset()), str({}), str([]), str(()))
class C:
    pass
print(str(C).startswith("<class '"), str(int), str(type(None)))
