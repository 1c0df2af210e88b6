# orchestration: list customers, gather their orders, compute revenue, rank with ties, segment customers
import asyncio

CUSTOMERS = [{"id": 1, "name": "Acme"}, {"id": 2, "name": "Globex"}, {"id": 3, "name": "Initech"},
             {"id": 4, "name": "Umbrella"}, {"id": 5, "name": "Hooli"}]

async def list_customers():
    await asyncio.sleep(0)
    return CUSTOMERS

async def get_orders(customer_id):
    await asyncio.sleep(0.001 * (customer_id % 3))
    orders = []
    for k in range(customer_id % 3 + 1):
        qty = (customer_id * 7 + k * 3) % 5 + 1
        orders.append({"order_id": f"O{customer_id}{k}", "qty": qty, "unit_price": 25 * (k + 1)})
    return orders

async def main():
    customers = await list_customers()
    all_orders = await asyncio.gather(*(get_orders(c["id"]) for c in customers))
    stats = []
    for c, orders in zip(customers, all_orders):
        revenue = sum(o["qty"] * o["unit_price"] for o in orders)
        stats.append({"name": c["name"], "orders": len(orders), "revenue": revenue})
    stats.sort(key=lambda s: (-s["revenue"], s["name"]))
    rank = 0
    prev = None
    for i, s in enumerate(stats, 1):
        if s["revenue"] != prev:
            rank = i
            prev = s["revenue"]
        seg = "gold" if s["revenue"] >= 300 else "silver" if s["revenue"] >= 150 else "bronze"
        print(f"#{rank} {s['name']:<9} orders={s['orders']} revenue=${s['revenue']:,} [{seg}]")
    total = sum(s["revenue"] for s in stats)
    print(f"total revenue: ${total:,}; average per customer: ${total / len(stats):,.2f}")
    segments = {}
    for s in stats:
        key = "high" if s["revenue"] >= 200 else "low"
        segments.setdefault(key, []).append(s["name"])
    print(segments)

asyncio.run(main())
