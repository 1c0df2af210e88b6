# different exception types from concurrent tasks, handled per task by wrapping coroutines
import asyncio

async def op(kind):
    await asyncio.sleep(0)
    if kind == "key":
        return {}["k"]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    if kind == "attr":
        return None.value
    return "fine"

async def safe(kind):
    try:
        return await op(kind)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

async def main():
    kinds = ["ok", "key", "zero", "type", "attr"]
    for k, r in zip(kinds, await asyncio.gather(*(safe(k) for k in kinds))):
        print(f"{k:>4} -> {r}")

asyncio.run(main())
