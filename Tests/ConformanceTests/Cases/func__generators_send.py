# generator send(): priming with next/send(None), running averages, send to unstarted generator error, close
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(0))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send(None))
fresh = averager()
try:
    fresh.send(5)
except TypeError as err:
    print(type(err).__name__ + ":", err)
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
c = closing()
print(next(c))
c.close()
print(list(c))
