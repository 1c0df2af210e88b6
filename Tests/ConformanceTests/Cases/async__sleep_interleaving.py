# asyncio.sleep(0) interleaving between three coroutines run via gather: round-robin order
import asyncio

trace = []

async def ticker(name, count):
    for i in range(count):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    trace.append(f"{name}-end")

async def main():
    await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 1))
    print(" ".join(trace))

asyncio.run(main())
