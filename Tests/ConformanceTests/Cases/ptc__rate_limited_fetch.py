# orchestration: semaphore-limited concurrent API calls, peak concurrency tracking, results in input order
import asyncio

MAX_CONCURRENCY = 3
in_flight = 0
peak = 0
call_log = []

async def fetch_profile(user_id):
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    call_log.append(user_id)
    await asyncio.sleep(0.001 * (user_id % 3))
    in_flight -= 1
    return {"id": user_id, "name": f"user{user_id:02d}", "followers": (user_id * 37) % 100}

async def limited(sem, user_id):
    async with sem:
        return await fetch_profile(user_id)

async def main():
    sem = asyncio.Semaphore(MAX_CONCURRENCY)
    ids = list(range(1, 13))
    profiles = await asyncio.gather(*(limited(sem, i) for i in ids))
    print("peak concurrency:", peak, "<=", MAX_CONCURRENCY, peak <= MAX_CONCURRENCY)
    print("calls made:", len(call_log), "first three started:", call_log[:3])
    print([p["id"] for p in profiles] == ids)
    top = sorted(profiles, key=lambda p: (-p["followers"], p["id"]))[:4]
    for p in top:
        print(f"{p['name']}: {p['followers']}")
    print("average followers:", sum(p["followers"] for p in profiles) / len(profiles))

asyncio.run(main())
