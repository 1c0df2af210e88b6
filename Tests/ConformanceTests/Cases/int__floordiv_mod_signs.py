# int: floor division and modulo with negative operands follow floor semantics
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10**20 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -7, big % -7)
print(divmod(-big, 10**10))
print((-7) // 2 * 2 + (-7) % 2)
for a in (-3, -2, -1, 0, 1, 2, 3):
    print(a, a // 3, a % 3, a // -3, a % -3)
