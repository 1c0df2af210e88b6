# orchestration: tickets per support team; compute SLA breaches by priority, median response, per-agent load
import asyncio

SLA_HOURS = {"urgent": 4, "high": 8, "normal": 24, "low": 72}

async def get_tickets(team):
    await asyncio.sleep(0)
    out = []
    for i in range(5 if team == "tier1" else 3):
        prio = ["urgent", "high", "normal", "low"][(i + len(team)) % 4]
        out.append({"id": f"{team}-{i}", "priority": prio, "response_hours": (i * 7 + len(team) * 3) % 30,
                    "agent": ["amy", "raj", "tom"][i % 3]})
    return out

def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2

async def main():
    teams = ["tier1", "tier2"]
    tickets = [t for batch in await asyncio.gather(*(get_tickets(t) for t in teams)) for t in batch]
    breaches = [t for t in tickets if t["response_hours"] > SLA_HOURS[t["priority"]]]
    print(f"{len(tickets)} tickets, {len(breaches)} SLA breaches")
    for t in breaches:
        print(f"  {t['id']}: {t['priority']} answered in {t['response_hours']}h (SLA {SLA_HOURS[t['priority']]}h)")
    by_prio = {}
    for t in tickets:
        by_prio.setdefault(t["priority"], []).append(t["response_hours"])
    for p in SLA_HOURS:
        if p in by_prio:
            print(f"{p:<7} n={len(by_prio[p])} median={median(by_prio[p])}")
    load = {}
    for t in tickets:
        load[t["agent"]] = load.get(t["agent"], 0) + 1
    print("agent load:", dict(sorted(load.items())))
    print("breach rate:", f"{len(breaches) / len(tickets):.0%}")

asyncio.run(main())
