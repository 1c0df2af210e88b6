# asyncio.Semaphore with async with limits concurrency; track the maximum number of concurrent workers
import asyncio

active = 0
max_active = 0
order = []

async def worker(i, sem):
    global active, max_active
    async with sem:
        active += 1
        max_active = max(max_active, active)
        order.append(f"start{i}")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        order.append(f"end{i}")
        active -= 1
    return i * i

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(worker(i, sem) for i in range(8)))
    print("results:", results)
    print("max concurrent:", max_active, "active now:", active)
    print(order)

asyncio.run(main())
