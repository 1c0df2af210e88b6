# mixing create_task and gather: pre-started tasks passed to gather along with bare coroutines
import asyncio

order = []

async def job(name):
    order.append(f"{name}-start")
    await asyncio.sleep(0)
    order.append(f"{name}-end")
    return name

async def main():
    t1 = asyncio.create_task(job("task1"))
    t2 = asyncio.create_task(job("task2"))
    results = await asyncio.gather(t1, job("coro3"), t2)
    print(results)
    print(order)

asyncio.run(main())
