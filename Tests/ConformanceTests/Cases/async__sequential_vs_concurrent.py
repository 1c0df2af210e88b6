# sequential awaits vs concurrent gather: order of start/finish events differs deterministically
import asyncio

events = []

async def op(name):
    events.append(f"start {name}")
    await asyncio.sleep(0)
    events.append(f"finish {name}")
    return name

async def main():
    for n in ["s1", "s2"]:
        await op(n)
    print("sequential:", events)
    events.clear()
    await asyncio.gather(op("c1"), op("c2"))
    print("concurrent:", events)

asyncio.run(main())
