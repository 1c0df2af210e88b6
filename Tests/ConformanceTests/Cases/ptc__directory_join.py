# orchestration: join employees, departments, and managers fetched concurrently into a nested org summary
import asyncio

async def get_employees():
    await asyncio.sleep(0)
    return [
        {"id": 1, "name": "Ann", "dept_id": 10, "manager_id": None, "salary": 150},
        {"id": 2, "name": "Bo", "dept_id": 10, "manager_id": 1, "salary": 110},
        {"id": 3, "name": "Cy", "dept_id": 20, "manager_id": 1, "salary": 95},
        {"id": 4, "name": "Di", "dept_id": 20, "manager_id": 3, "salary": 80},
        {"id": 5, "name": "Ed", "dept_id": 30, "manager_id": 3, "salary": 70},
    ]

async def get_departments():
    await asyncio.sleep(0)
    return [{"id": 10, "name": "Engineering"}, {"id": 20, "name": "Sales"}, {"id": 30, "name": "Support"}, {"id": 40, "name": "Legal"}]

async def main():
    emps, depts = await asyncio.gather(get_employees(), get_departments())
    by_id = {e["id"]: e for e in emps}
    dept_name = {d["id"]: d["name"] for d in depts}
    org = {d["name"]: [] for d in depts}
    for e in emps:
        org[dept_name[e["dept_id"]]].append(e["name"])
    print(org)
    for e in emps:
        mgr = by_id.get(e["manager_id"])
        print(f"{e['name']:<4} dept={dept_name[e['dept_id']]:<12} manager={mgr['name'] if mgr else '-'}")
    reports = {}
    for e in emps:
        if e["manager_id"] is not None:
            reports.setdefault(by_id[e["manager_id"]]["name"], []).append(e["name"])
    print("direct reports:", reports)
    payroll = {}
    for e in emps:
        payroll[dept_name[e["dept_id"]]] = payroll.get(dept_name[e["dept_id"]], 0) + e["salary"]
    print("payroll (k):", payroll)
    print("empty departments:", [n for n, people in org.items() if not people])
    def chain(emp_id):
        out = []
        while emp_id is not None:
            out.append(by_id[emp_id]["name"])
            emp_id = by_id[emp_id]["manager_id"]
        return " -> ".join(out)
    print(chain(4), "|", chain(5))

asyncio.run(main())
