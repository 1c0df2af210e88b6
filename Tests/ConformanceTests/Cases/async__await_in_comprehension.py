# await inside list comprehensions (sequential) and async helper returning lists
import asyncio

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    seq = [await double(x) for x in range(4)]
    print(seq)
    evens = [x for x in seq if x % 4 == 0]
    print(evens)
    mapping = {x: await double(x) for x in "ab"}
    print(mapping)

asyncio.run(main())
