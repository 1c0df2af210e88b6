# Semaphore waiters acquire in FIFO order; acquisition and release order logged
import asyncio

log = []

async def user(name, sem, hold):
    log.append(f"{name} waiting")
    async with sem:
        log.append(f"{name} acquired")
        for _ in range(hold):
            await asyncio.sleep(0)
    log.append(f"{name} released")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(user("a", sem, 3), user("b", sem, 1), user("c", sem, 1), user("d", sem, 1))
    for line in log:
        print(line)

asyncio.run(main())
