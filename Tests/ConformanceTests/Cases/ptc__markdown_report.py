# orchestration: gather project metrics from several tools and render a markdown report with a table and bullets
import asyncio

async def get_project(pid):
    await asyncio.sleep(0)
    return {"id": pid, "name": {"p1": "Apollo", "p2": "Borealis", "p3": "Cygnus"}[pid], "owner": {"p1": "kim", "p2": "lee", "p3": "kim"}[pid]}

async def get_build_stats(pid):
    await asyncio.sleep(0)
    n = int(pid[1:])
    return {"builds": 20 * n, "failed": (7 * n) % 9, "avg_minutes": 4.5 + n * 1.25}

async def get_open_prs(pid):
    await asyncio.sleep(0)
    return [f"PR-{pid}-{i}" for i in range(int(pid[1:]) % 3 + 1)]

async def main():
    pids = ["p1", "p2", "p3"]
    projects, stats, prs = await asyncio.gather(
        asyncio.gather(*(get_project(p) for p in pids)),
        asyncio.gather(*(get_build_stats(p) for p in pids)),
        asyncio.gather(*(get_open_prs(p) for p in pids)),
    )
    lines = ["# Weekly engineering report", "", "| Project | Owner | Builds | Failure rate | Avg min | Open PRs |",
             "|---|---|---:|---:|---:|---:|"]
    for proj, st, pr in zip(projects, stats, prs):
        rate = st["failed"] / st["builds"]
        lines.append(f"| {proj['name']} | {proj['owner']} | {st['builds']} | {rate:.1%} | {st['avg_minutes']:.2f} | {len(pr)} |")
    lines.append("")
    worst = max(zip(projects, stats), key=lambda ps: ps[1]["failed"] / ps[1]["builds"])
    lines.append(f"- Highest failure rate: **{worst[0]['name']}**")
    owners = {}
    for proj in projects:
        owners.setdefault(proj["owner"], []).append(proj["name"])
    for owner, names in sorted(owners.items()):
        lines.append(f"- {owner}: {', '.join(names)}")
    lines.append(f"- Total open PRs: {sum(len(p) for p in prs)}")
    print("\n".join(lines))

asyncio.run(main())
