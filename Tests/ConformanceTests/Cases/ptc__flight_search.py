# orchestration: search flights over several dates concurrently, tolerate failures, pick cheapest and shortest
import asyncio

async def search_flights(origin, dest, date):
    await asyncio.sleep(0)
    day = int(date[-2:])
    if day == 13:
        raise ConnectionError(f"provider timeout for {date}")
    return [
        {"flight": f"XY{day}{k}", "date": date, "price": 180 + (day * 17 + k * 45) % 160, "minutes": 95 + (day + k * 7) % 40, "stops": k % 2}
        for k in range(3)
    ]

async def main():
    dates = [f"2024-05-{d:02d}" for d in range(10, 16)]
    results = await asyncio.gather(*(search_flights("OSL", "LHR", d) for d in dates), return_exceptions=True)
    flights, failed = [], []
    for d, r in zip(dates, results):
        if isinstance(r, Exception):
            failed.append((d, str(r)))
        else:
            flights.extend(r)
    print(f"{len(flights)} flights found, {len(failed)} searches failed")
    for d, msg in failed:
        print("  failed:", d, "-", msg)
    cheapest = min(flights, key=lambda f: (f["price"], f["minutes"]))
    fastest = min(flights, key=lambda f: (f["minutes"], f["price"]))
    print("cheapest:", cheapest)
    print("fastest:", fastest["flight"], fastest["minutes"], "min")
    direct = sorted((f for f in flights if f["stops"] == 0), key=lambda f: f["price"])[:3]
    for f in direct:
        h, m = divmod(f["minutes"], 60)
        print(f"  {f['date']} {f['flight']:<7} ${f['price']:>4} {h}h{m:02d}m")
    by_date = {}
    for f in flights:
        by_date[f["date"]] = min(by_date.get(f["date"], 10**9), f["price"])
    print("min price per date:", by_date)

asyncio.run(main())
