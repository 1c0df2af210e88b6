# asyncio.sleep returns None or the given result; awaiting a coroutine twice is an error
import asyncio

async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result="payload"))
    print(await asyncio.sleep(0.001, "later"))
    async def once():
        return 1
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__ + ":", e)

asyncio.run(main())
