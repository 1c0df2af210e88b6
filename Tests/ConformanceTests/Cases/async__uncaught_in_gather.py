# uncaught exception escaping asyncio.run from inside gathered tasks: last line "ValueError: bad record 3"
import asyncio

async def validate(n):
    await asyncio.sleep(0)
    if n == 3:
        raise ValueError(f"bad record {n}")
    return n

async def main():
    print("validating")
    results = await asyncio.gather(*(validate(i) for i in range(5)))
    print("never printed", results)

asyncio.run(main())
