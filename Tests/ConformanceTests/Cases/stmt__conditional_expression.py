# conditional expressions: nesting, precedence with lambda/or, only the chosen branch is evaluated
def boom():
    raise RuntimeError("should not run")
x = 3
print("a" if x > 2 else boom())
print(boom() if x < 0 else "b")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print(1 if 0 else 2 if 0 else 3)
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
val = None
print(val or "fallback", val if val else "fallback2")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
