# exceptions inside tasks: awaiting a failed task re-raises; exception stays on the task; finally blocks run
import asyncio

async def risky(n):
    try:
        await asyncio.sleep(0)
        if n == 2:
            raise KeyError(n)
        return n
    finally:
        print(f"cleanup {n}")

async def main():
    tasks = [asyncio.create_task(risky(i)) for i in range(4)]
    for i, t in enumerate(tasks):
        try:
            print("result", await t)
        except KeyError as e:
            print("task", i, "raised KeyError:", e)
    try:
        await tasks[2]
    except KeyError as e:
        print("awaiting the failed task again re-raises:", repr(e))

asyncio.run(main())
