# gather over wait_for calls with return_exceptions=True: timeouts become TimeoutError objects
import asyncio

async def job(i, delay):
    await asyncio.sleep(delay)
    return f"job{i}"

async def main():
    specs = [(0, 0), (1, 5), (2, 0.001), (3, 5)]
    results = await asyncio.gather(
        *(asyncio.wait_for(job(i, d), timeout=0.02) for i, d in specs), return_exceptions=True
    )
    for (i, d), r in zip(specs, results):
        print(i, type(r).__name__, r if isinstance(r, str) else repr(r))
    print(sum(isinstance(r, TimeoutError) for r in results), "timed out")

asyncio.run(main())
