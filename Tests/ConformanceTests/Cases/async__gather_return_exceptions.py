# gather(return_exceptions=True): exceptions are returned in place as objects, other results kept
import asyncio

async def ok(n):
    await asyncio.sleep(0)
    return n * 10

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def lookup(d, k):
    await asyncio.sleep(0)
    return d[k]

async def main():
    results = await asyncio.gather(ok(1), fail("boom"), ok(2), lookup({}, "missing"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r, repr(r))
        else:
            print("value:", r)
    good = [r for r in results if not isinstance(r, BaseException)]
    bad = [type(r).__name__ for r in results if isinstance(r, BaseException)]
    print(good, bad)

asyncio.run(main())
