# a background task updates shared state while main polls with sleep(0); results collected after await
import asyncio

state = {"progress": 0, "finished": False}

async def background():
    for i in range(1, 4):
        await asyncio.sleep(0)
        state["progress"] = i
    state["finished"] = True
    return "bg done"

async def main():
    t = asyncio.create_task(background())
    seen = []
    while not state["finished"]:
        seen.append(state["progress"])
        await asyncio.sleep(0)
    print("seen progress:", seen)
    print(await t, state)

asyncio.run(main())
