# try/except/finally inside coroutines around awaits; finally runs when the exception crosses await points
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise LookupError("not found in inner")

async def middle():
    try:
        await inner()
    finally:
        print("middle finally")

async def main():
    try:
        await middle()
    except LookupError as e:
        print("main caught", repr(e))
    else:
        print("no error")
    print("main continues")

asyncio.run(main())
