# orchestration: track many packages concurrently, group by status, list delayed ones with days late
import asyncio

async def track_package(pkg_id):
    await asyncio.sleep(0)
    n = sum(map(ord, pkg_id))
    status = ["in_transit", "delivered", "delayed", "out_for_delivery", "exception"][n % 5]
    return {"id": pkg_id, "status": status, "days_late": n % 4 if status == "delayed" else 0,
            "carrier": ["UPS", "DHL", "FedEx"][n % 3]}

async def main():
    ids = [f"PKG{n:03d}" for n in range(100, 112)]
    results = await asyncio.gather(*(track_package(i) for i in ids))
    groups = {}
    for r in results:
        groups.setdefault(r["status"], []).append(r["id"])
    for status in sorted(groups):
        print(f"{status:<17} {len(groups[status]):>2}  {', '.join(groups[status])}")
    delayed = sorted((r for r in results if r["status"] == "delayed"), key=lambda r: (-r["days_late"], r["id"]))
    print("delayed:", [(r["id"], r["days_late"]) for r in delayed])
    carriers = {}
    for r in results:
        c = carriers.setdefault(r["carrier"], {"total": 0, "problems": 0})
        c["total"] += 1
        c["problems"] += r["status"] in ("delayed", "exception")
    for name, c in sorted(carriers.items()):
        print(f"{name}: {c['problems']}/{c['total']} problematic")

asyncio.run(main())
