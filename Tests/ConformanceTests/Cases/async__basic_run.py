# async basics: async def, await, asyncio.run returning a value, coroutine chaining, coroutine type name
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    print("intermediate", x, y)
    return {"x": x, "y": y}

async def main():
    result = await compute()
    print("result", result)
    coro = add(2, 3)
    print(type(coro).__name__)
    print("awaited later:", await coro)
    return "main-done"

print(asyncio.run(main()))
print(asyncio.run(add(20, 22)))
