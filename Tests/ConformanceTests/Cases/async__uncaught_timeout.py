# uncaught TimeoutError from wait_for escaping asyncio.run: last stderr line is "TimeoutError"
import asyncio

async def hang():
    await asyncio.sleep(5)

async def main():
    print("waiting")
    await asyncio.wait_for(hang(), timeout=0.01)

asyncio.run(main())
