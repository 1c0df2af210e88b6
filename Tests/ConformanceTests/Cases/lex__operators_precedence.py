# operator precedence: unary minus vs **, not/and/or, comparison vs bitwise, in / is, ternary lowest
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(not True or True, not (True or True), True or False and False, (True or False) and False)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2, 7 // 2 * 2, 7 % 3 ** 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1)
print(3 < 4 == True, (3 < 4) == True, 1 in [1] == True, not 1 in [2])
print(0 or None or "", 0 and 1, 1 and 2, None or 0 or [])
print("x" if 0 else "y" if 1 else "z", 2 * 3 if True else 0)
print(-3 % 5, -(3 % 5), ~3 + 1, -~3)
x = 5
print(x > 3 and x < 10, not x > 3, -x ** 2, (-x) ** 2, x * -1, x - -1)
print(2 * 3 ** 2, (2 * 3) ** 2, 10 - 4 - 3, 10 - (4 - 3), 2 ** 3 ** 0)
print("a" + "b" * 3, ("a" + "b") * 3, [1] * 2 + [3], 3 * [0] == [0, 0, 0])
