# exceptions raised inside async with semaphore release the semaphore; later workers still acquire it
import asyncio

async def worker(i, sem, log):
    async with sem:
        log.append(f"acquired {i}")
        await asyncio.sleep(0)
        if i % 2 == 0:
            raise ValueError(f"worker {i} failed")
        return i

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    results = await asyncio.gather(*(worker(i, sem, log) for i in range(5)), return_exceptions=True)
    print([r if isinstance(r, int) else f"{type(r).__name__}({r})" for r in results])
    print(log)
    async with sem:
        async with sem:
            print("both permits available again")

asyncio.run(main())
