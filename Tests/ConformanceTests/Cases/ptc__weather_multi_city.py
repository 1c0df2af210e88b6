# orchestration: gather weather for several cities, compute averages, hottest/coldest, group by condition
import asyncio

DATA = {
    "Oslo": [(-3, "snow"), (-1, "cloudy"), (2, "cloudy")],
    "Madrid": [(18, "sunny"), (21, "sunny"), (17, "cloudy")],
    "Cairo": [(29, "sunny"), (31, "sunny"), (30, "sunny")],
    "Lima": [(19, "cloudy"), (20, "fog"), (19, "fog")],
}

async def get_forecast(city, days=3):
    await asyncio.sleep(0)
    if city not in DATA:
        raise ValueError(f"unknown city: {city}")
    return [{"day": i + 1, "temp_c": t, "condition": c} for i, (t, c) in enumerate(DATA[city][:days])]

async def main():
    cities = ["Oslo", "Madrid", "Atlantis", "Cairo", "Lima"]
    results = await asyncio.gather(*(get_forecast(c) for c in cities), return_exceptions=True)
    summary = {}
    for city, res in zip(cities, results):
        if isinstance(res, Exception):
            print(f"skip {city}: {res}")
            continue
        temps = [d["temp_c"] for d in res]
        summary[city] = {"avg": sum(temps) / len(temps), "min": min(temps), "max": max(temps),
                         "conditions": [d["condition"] for d in res]}
    for city, s in sorted(summary.items(), key=lambda kv: kv[1]["avg"], reverse=True):
        print(f"{city:<7} avg={s['avg']:5.1f} min={s['min']:>3} max={s['max']:>3} {'/'.join(s['conditions'])}")
    hottest = max(summary, key=lambda c: summary[c]["max"])
    coldest = min(summary, key=lambda c: summary[c]["min"])
    print("hottest:", hottest, "coldest:", coldest)
    by_cond = {}
    for city, s in summary.items():
        for cond in s["conditions"]:
            by_cond.setdefault(cond, set()).add(city)
    for cond in sorted(by_cond):
        print(f"{cond}: {sorted(by_cond[cond])}")

asyncio.run(main())
