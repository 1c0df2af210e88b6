# create_task: tasks start only when the creating coroutine yields; execution interleaving is deterministic
import asyncio

async def job(name, n):
    print(f"{name} start")
    for i in range(n):
        await asyncio.sleep(0)
        print(f"{name} step {i}")
    print(f"{name} end")
    return name * 2

async def main():
    t1 = asyncio.create_task(job("A", 2))
    t2 = asyncio.create_task(job("B", 1))
    print("tasks created")
    await asyncio.sleep(0)
    print("after first yield")
    r1 = await t1
    r2 = await t2
    print("results", r1, r2)
    print("awaiting a finished task again:", await t2)

asyncio.run(main())
