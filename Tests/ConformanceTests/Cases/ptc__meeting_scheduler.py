# orchestration: fetch busy calendar blocks per attendee, compute common free hours in a work day
import asyncio

BUSY = {"ana": [(9, 10), (13, 14)], "ben": [(9, 11), (15, 16)], "cy": [(12, 13)], "dee": []}

async def get_busy_slots(person, date):
    await asyncio.sleep(0)
    return BUSY[person]

async def main():
    people = ["ana", "ben", "cy", "dee"]
    busy = await asyncio.gather(*(get_busy_slots(p, "2024-06-03") for p in people))
    work_hours = range(9, 17)
    free_by_person = {}
    for p, blocks in zip(people, busy):
        taken = {h for start, end in blocks for h in range(start, end)}
        free_by_person[p] = [h for h in work_hours if h not in taken]
    for p, free in free_by_person.items():
        print(f"{p:<4} free: {free}")
    common = [h for h in work_hours if all(h in f for f in free_by_person.values())]
    print("common free hours:", common)
    slots = []
    for h in common:
        if slots and slots[-1][1] == h:
            slots[-1] = (slots[-1][0], h + 1)
        else:
            slots.append((h, h + 1))
    print("merged slots:", ", ".join(f"{a:02d}:00-{b:02d}:00" for a, b in slots))
    longest = max(slots, key=lambda s: s[1] - s[0]) if slots else None
    print("best slot:", longest)

asyncio.run(main())
