# orchestration: inventory per warehouse + sales velocity per SKU -> restock recommendations
import asyncio

INVENTORY = {
    "north": {"SKU-1": 40, "SKU-2": 5, "SKU-3": 0},
    "south": {"SKU-1": 12, "SKU-2": 30, "SKU-4": 7},
}
DAILY_SALES = {"SKU-1": 6, "SKU-2": 4, "SKU-3": 2, "SKU-4": 1}

async def get_inventory(warehouse):
    await asyncio.sleep(0)
    return [{"sku": s, "on_hand": q} for s, q in INVENTORY[warehouse].items()]

async def get_sales_velocity(sku):
    await asyncio.sleep(0)
    return {"sku": sku, "per_day": DAILY_SALES.get(sku, 0)}

async def main():
    warehouses = ["north", "south"]
    inventories = await asyncio.gather(*(get_inventory(w) for w in warehouses))
    skus = sorted({row["sku"] for inv in inventories for row in inv})
    velocities = {v["sku"]: v["per_day"] for v in await asyncio.gather(*(get_sales_velocity(s) for s in skus))}
    lead_days = 5
    recs = []
    for w, inv in zip(warehouses, inventories):
        for row in inv:
            need = velocities[row["sku"]] * lead_days * 2
            days_left = row["on_hand"] // velocities[row["sku"]] if velocities[row["sku"]] else None
            if row["on_hand"] < need:
                recs.append({"warehouse": w, "sku": row["sku"], "order": need - row["on_hand"], "days_left": days_left})
    recs.sort(key=lambda r: (r["days_left"] if r["days_left"] is not None else 999, r["sku"]))
    for r in recs:
        print(f"{r['warehouse']:<6} {r['sku']:<6} order {r['order']:>3} units (days left: {r['days_left']})")
    totals = {}
    for r in recs:
        totals[r["sku"]] = totals.get(r["sku"], 0) + r["order"]
    print("order totals:", totals)
    print("urgent:", [f"{r['warehouse']}/{r['sku']}" for r in recs if r["days_left"] is not None and r["days_left"] < 3])

asyncio.run(main())
