# orchestration: list stores per region, fetch daily sales per store under a semaphore, roll up per region and overall
import asyncio

REGIONS = {"north": ["n1", "n2", "n3"], "south": ["s1", "s2"], "west": ["w1", "w2", "w3", "w4"]}
concurrent = 0
peak = 0

async def list_stores(region):
    await asyncio.sleep(0)
    return REGIONS[region]

async def get_daily_sales(store, sem):
    global concurrent, peak
    async with sem:
        concurrent += 1
        peak = max(peak, concurrent)
        await asyncio.sleep(0)
        concurrent -= 1
        n = sum(ord(c) for c in store)
        return {"store": store, "orders": n % 17 + 3, "revenue_cents": (n * 971) % 50000 + 10000}

async def main():
    sem = asyncio.Semaphore(4)
    regions = list(REGIONS)
    store_lists = await asyncio.gather(*(list_stores(r) for r in regions))
    per_region = await asyncio.gather(*(asyncio.gather(*(get_daily_sales(s, sem) for s in stores)) for stores in store_lists))
    grand = 0
    for region, sales in zip(regions, per_region):
        cents = sum(s["revenue_cents"] for s in sales)
        grand += cents
        best = max(sales, key=lambda s: s["revenue_cents"])
        print(f"{region:<6} stores={len(sales)} orders={sum(s['orders'] for s in sales):>3} "
              f"revenue=${cents / 100:>9,.2f} best={best['store']}")
    print(f"overall revenue: ${grand / 100:,.2f}; peak concurrency {peak}")
    ranking = sorted((s for sales in per_region for s in sales), key=lambda s: -s["revenue_cents"])
    print("top 3 stores:", [(s["store"], s["revenue_cents"] // 100) for s in ranking[:3]])

asyncio.run(main())
