# wait_for returning values before the timeout; nested wait_for; timeout=None waits indefinitely
import asyncio

async def compute(x):
    await asyncio.sleep(0.001)
    return x * 3

async def main():
    print(await asyncio.wait_for(compute(2), timeout=1.0))
    print(await asyncio.wait_for(asyncio.wait_for(compute(5), timeout=1.0), timeout=2.0))
    print(await asyncio.wait_for(compute(7), timeout=None))
    results = await asyncio.gather(*(asyncio.wait_for(compute(i), 1) for i in range(4)))
    print(results)

asyncio.run(main())
