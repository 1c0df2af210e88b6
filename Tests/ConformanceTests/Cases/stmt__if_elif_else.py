# if / elif / else chains, truthiness of various values, nested ifs, conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 10, 100)])
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, float("nan")]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x > 10:
    if x % 2:
        print("big odd")
    else:
        print("big even")
print("even" if x % 2 == 0 else "odd", "pos" if x > 0 else "neg" if x < 0 else "zero")
y = None
print(y if y is not None else "default")
if not []:
    print("empty list is falsy")
