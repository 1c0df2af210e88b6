# gather with distinct tiny sleep delays: completion order follows delays, results follow argument order
import asyncio

done = []

async def fetch(key, delay):
    await asyncio.sleep(delay)
    done.append(key)
    return key.upper()

async def main():
    out = await asyncio.gather(fetch("slow", 0.006), fetch("fast", 0.001), fetch("mid", 0.003))
    print(out)
    print(done)

asyncio.run(main())
