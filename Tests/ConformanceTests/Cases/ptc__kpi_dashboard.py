# orchestration: gather several independent metrics tools, compute derived KPIs, week-over-week deltas, format dashboard
import asyncio

async def get_metric(name, week):
    await asyncio.sleep(0)
    base = {"signups": 420, "active_users": 3100, "revenue": 18250, "churned": 37}[name]
    return base + ((week * 31 + len(name) * 17) % 60) - 30

async def main():
    names = ["signups", "active_users", "revenue", "churned"]
    this_week, last_week = await asyncio.gather(
        asyncio.gather(*(get_metric(n, 23) for n in names)),
        asyncio.gather(*(get_metric(n, 22) for n in names)),
    )
    cur = dict(zip(names, this_week))
    prev = dict(zip(names, last_week))
    print(f"{'metric':<13}{'this':>8}{'last':>8}{'delta':>8}{'change':>9}")
    for n in names:
        delta = cur[n] - prev[n]
        change = delta / prev[n]
        arrow = "up" if delta > 0 else "down" if delta < 0 else "flat"
        print(f"{n:<13}{cur[n]:>8,}{prev[n]:>8,}{delta:>+8}{change:>+9.2%} {arrow}")
    arpu = cur["revenue"] / cur["active_users"]
    churn_rate = cur["churned"] / cur["active_users"]
    print(f"ARPU: ${arpu:.2f} | churn: {churn_rate:.2%} | net growth: {cur['signups'] - cur['churned']:+}")

asyncio.run(main())
