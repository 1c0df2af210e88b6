# global and nonlocal: rebinding module and enclosing names, shadowing, counters
count = 0
def increment():
    global count
    count += 1
    return count
increment(); increment()
print(count)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = "local"
    return count
print(shadow(), count)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def make_counter():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
def create_global():
    global created_later
    created_later = "made"
create_global()
print(created_later)
def outer2():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 1
        inner()
        inner()
    mid()
    return a
print(outer2())
