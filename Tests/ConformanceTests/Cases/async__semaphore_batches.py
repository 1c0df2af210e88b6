# semaphore-limited fan-out over many items with per-item results, counting peak concurrency per wave
import asyncio

peak = 0
current = 0

async def fetch(item, sem):
    global peak, current
    async with sem:
        current += 1
        peak = max(peak, current)
        await asyncio.sleep(0.001 if item % 2 else 0)
        current -= 1
        return {"item": item, "value": item * 3}

async def main():
    sem = asyncio.Semaphore(4)
    rows = await asyncio.gather(*(fetch(i, sem) for i in range(20)))
    print(len(rows), rows[:3], rows[-1])
    print("peak:", peak, "sum:", sum(r["value"] for r in rows))

asyncio.run(main())
