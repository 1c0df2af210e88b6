# orchestration: budgets and monthly actuals per department gathered concurrently; variance table with signs
import asyncio

BUDGETS = {"eng": 50000, "sales": 30000, "hr": 12000, "legal": 8000}

async def get_budget(dept):
    await asyncio.sleep(0)
    return BUDGETS[dept]

async def get_actuals(dept, month):
    await asyncio.sleep(0)
    base = BUDGETS[dept] // 3
    return base + ((len(dept) * 1000 + month * 777) % 5000) - 2000

async def main():
    depts = list(BUDGETS)
    months = [1, 2, 3]
    budgets = await asyncio.gather(*(get_budget(d) for d in depts))
    actual_lists = await asyncio.gather(*(asyncio.gather(*(get_actuals(d, m) for m in months)) for d in depts))
    print(f"{'dept':<6}{'budget':>9}{'actual':>9}{'variance':>10}{'pct':>8}")
    flagged = []
    for d, b, acts in zip(depts, budgets, actual_lists):
        actual = sum(acts)
        var = b - actual
        pct = var / b
        print(f"{d:<6}{b:>9,}{actual:>9,}{var:>+10,}{pct:>+8.1%}")
        if pct < -0.05:
            flagged.append(d)
    print("monthly actuals:", dict(zip(depts, actual_lists)))
    print("flagged overspend:", flagged or "none")
    total_b, total_a = sum(budgets), sum(sum(a) for a in actual_lists)
    print(f"overall: {total_a:,} of {total_b:,} ({total_a / total_b:.2%})")

asyncio.run(main())
