# gather over 100 small coroutines: all results in order, total computed, interleaving counted
import asyncio

switches = 0

async def unit(i):
    global switches
    await asyncio.sleep(0)
    switches += 1
    return i * i

async def main():
    results = await asyncio.gather(*[unit(i) for i in range(100)])
    print(len(results), results[:5], results[-1], sum(results), switches)

asyncio.run(main())
