# orchestration: fetch team members, gather quarterly expenses per employee, aggregate, flag over-budget, report
import asyncio

TEAM = {"eng": ["E100", "E101", "E102", "E103"], "ops": ["E200", "E201"]}
NAMES = {"E100": "Ada", "E101": "Brian", "E102": "Chen", "E103": "Dana", "E200": "Eli", "E201": "Fay"}

async def get_team_members(dept):
    await asyncio.sleep(0)
    return [{"id": i, "name": NAMES[i]} for i in TEAM[dept]]

async def get_expenses(employee_id, quarter):
    await asyncio.sleep(0)
    seed = int(employee_id[1:]) + quarter
    items = []
    for k in range(seed % 4 + 1):
        items.append({"category": ["travel", "meals", "software", "office"][(seed + k) % 4],
                      "amount": round((seed * 37 + k * 113) % 900 + 25.5, 2)})
    return items

async def main():
    members = await get_team_members("eng") + await get_team_members("ops")
    expenses = await asyncio.gather(*(get_expenses(m["id"], 3) for m in members))
    budget = 1500
    rows = []
    by_category = {}
    for m, items in zip(members, expenses):
        total = 0
        for it in items:
            total += it["amount"]
            by_category[it["category"]] = by_category.get(it["category"], 0) + it["amount"]
        rows.append((m["name"], len(items), total))
    rows.sort(key=lambda r: (-r[2], r[0]))
    print(f"{'Employee':<10}{'Items':>6}{'Total':>12}  Status")
    for name, n, total in rows:
        status = "OVER" if total > budget else "ok"
        print(f"{name:<10}{n:>6}{total:>12,.2f}  {status}")
    print("-" * 36)
    grand = sum(r[2] for r in rows)
    print(f"{'TOTAL':<10}{sum(r[1] for r in rows):>6}{grand:>12,.2f}")
    print("By category:")
    for cat, amt in sorted(by_category.items(), key=lambda kv: -kv[1]):
        print(f"  {cat:<9} {amt:>10.2f} ({amt / grand:.1%})")
    over = [name for name, _, total in rows if total > budget]
    print("Over budget:", ", ".join(over) if over else "none")

asyncio.run(main())
