# gather without return_exceptions: first exception propagates to the awaiting coroutine; other tasks keep running
import asyncio

log = []

async def step(name, spins, fail=False):
    for _ in range(spins):
        await asyncio.sleep(0)
    if fail:
        log.append(f"{name} failing")
        raise RuntimeError(f"{name} failed")
    log.append(f"{name} done")
    return name

async def main():
    try:
        await asyncio.gather(step("a", 1), step("b", 2, fail=True), step("c", 4))
    except RuntimeError as e:
        print("caught:", type(e).__name__, e)
    print("log right after:", log)
    for _ in range(5):
        await asyncio.sleep(0)
    print("log later:", log)

asyncio.run(main())
