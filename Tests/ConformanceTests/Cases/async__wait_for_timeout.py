# asyncio.wait_for with a timeout raises TimeoutError (asyncio.TimeoutError is the builtin TimeoutError in 3.11+)
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
        return "finished"
    finally:
        print("slow() cleanup ran")

async def quick():
    await asyncio.sleep(0.001)
    return "quick result"

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)))
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(quick(), timeout=1))
    try:
        await asyncio.wait_for(slow(), 0.005)
    except asyncio.TimeoutError:
        print("caught via asyncio.TimeoutError")

asyncio.run(main())
