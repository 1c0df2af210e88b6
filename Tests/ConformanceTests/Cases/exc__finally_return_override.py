# finally semantics: return in finally overrides try's return and swallows exceptions; finally runs on break/continue
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
print(h())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
