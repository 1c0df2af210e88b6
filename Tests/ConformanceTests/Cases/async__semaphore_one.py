# Semaphore(1) acts as a mutex: critical sections never interleave even across awaits
import asyncio

events = []

async def critical(name, sem):
    async with sem:
        events.append(f"{name} in")
        await asyncio.sleep(0)
        events.append(f"{name} out")

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(critical("a", sem), critical("b", sem), critical("c", sem))
    print(events)
    ok = all(events[i].endswith("in") and events[i + 1].endswith("out") for i in range(0, len(events), 2))
    print("no interleaving:", ok)

asyncio.run(main())
