# finally interplay: return value computed before finally runs; mutable return value modified in finally is visible
def f():
    result = []
    try:
        result.append("try")
        return result
    finally:
        result.append("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally for", i)
print(g())
def h():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after loop"
print(h())
