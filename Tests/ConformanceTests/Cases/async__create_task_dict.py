# create_task in a dict comprehension: tasks start concurrently, results collected by awaiting each task
import asyncio

started = []

async def compute(n):
    started.append(n)
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return total

async def main():
    tasks = {n: asyncio.create_task(compute(n)) for n in (3, 5, 1)}
    print("started before first await:", started)
    await asyncio.sleep(0)
    print("started after first await:", started)
    results = {}
    for n, t in tasks.items():
        results[n] = await t
    print(results)
    print(sum(results.values()), max(results, key=results.get))

asyncio.run(main())
