# orchestration: weekly timesheets per employee gathered concurrently; overtime pay, per-department totals
import asyncio

EMPLOYEES = [("e1", "Ana", "ops", 30), ("e2", "Ben", "ops", 28), ("e3", "Cat", "eng", 45), ("e4", "Dan", "eng", 40)]

async def get_timesheet(emp_id, week):
    await asyncio.sleep(0)
    n = int(emp_id[1:])
    return [8 + ((n + d + week) % 4) - 1 for d in range(5)]

async def main():
    week = 22
    sheets = await asyncio.gather(*(get_timesheet(e[0], week) for e in EMPLOYEES))
    dept_totals = {}
    print(f"{'name':<5}{'hours':>6}{'ot':>4}{'pay':>9}")
    for (eid, name, dept, rate), hours in zip(EMPLOYEES, sheets):
        total = sum(hours)
        ot = max(0, total - 40)
        pay = (total - ot) * rate + ot * rate * 1.5
        d = dept_totals.setdefault(dept, {"hours": 0, "pay": 0.0, "people": []})
        d["hours"] += total
        d["pay"] += pay
        d["people"].append(name)
        print(f"{name:<5}{total:>6}{ot:>4}{pay:>9.2f}  {hours}")
    for dept, d in dept_totals.items():
        print(f"{dept}: {d['hours']}h, ${d['pay']:,.2f}, {', '.join(d['people'])}")
    print("overtime:", [e[1] for e, h in zip(EMPLOYEES, sheets) if sum(h) > 40])

asyncio.run(main())
