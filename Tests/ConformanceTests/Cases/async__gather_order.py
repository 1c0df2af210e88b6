# asyncio.gather returns results in argument order even when tasks finish in a different order
import asyncio

finish_order = []

async def worker(name, spins):
    for _ in range(spins):
        await asyncio.sleep(0)
    finish_order.append(name)
    return f"{name}:{spins}"

async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2), worker("d", 0))
    print("results:", results)
    print("finish order:", finish_order)
    print(type(results).__name__)

asyncio.run(main())
