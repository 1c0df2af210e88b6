# nested gathers: gather of gathers yields nested result lists in order
import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def batch(xs):
    return await asyncio.gather(*(square(x) for x in xs))

async def main():
    nested = await asyncio.gather(batch([1, 2]), batch([3]), batch([]))
    print(nested)
    flat = [v for group in nested for v in group]
    print(flat, sum(flat))
    print(await asyncio.gather())

asyncio.run(main())
