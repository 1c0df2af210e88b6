# float accumulation: += in a loop (left to right) vs exact representable values; results are deterministic
total = 0.0
for x in [0.1] * 10:
    total += x
print(total, total == 1.0)
t2 = 0.0
for x in [0.5, 0.25, 0.125, 0.125]:
    t2 += x
print(t2, t2 == 1.0)
acc = 0.0
for cents in [1999, 2999, 4999]:
    acc += cents / 100
print(acc, round(acc, 2), f"{acc:.2f}")
exact = sum([1999, 2999, 4999]) / 100
print(exact)
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(1.1 + 2.2, 3.3, (1.1 + 2.2) - 3.3)
