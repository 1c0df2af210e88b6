# orchestration: fetch log lines for services, parse levels and messages, count errors, top messages
import asyncio

LOGS = {
    "auth": "INFO start\nERROR db timeout\nWARN slow query\nERROR db timeout\nINFO ok",
    "billing": "INFO start\nERROR card declined\nERROR db timeout\nERROR card declined\nERROR card declined",
    "search": "INFO start\nINFO indexed 120 docs\nWARN cache miss",
}

async def fetch_logs(service, since="1h"):
    await asyncio.sleep(0)
    return LOGS[service]

async def main():
    services = sorted(LOGS)
    texts = await asyncio.gather(*(fetch_logs(s) for s in services))
    level_counts = {}
    error_msgs = {}
    for svc, text in zip(services, texts):
        for line in text.splitlines():
            level, _, msg = line.partition(" ")
            level_counts.setdefault(svc, {}).setdefault(level, 0)
            level_counts[svc][level] += 1
            if level == "ERROR":
                error_msgs[msg] = error_msgs.get(msg, 0) + 1
    for svc in services:
        counts = level_counts[svc]
        print(f"{svc:<8} " + " ".join(f"{lvl}={counts.get(lvl, 0)}" for lvl in ("INFO", "WARN", "ERROR")))
    worst = max(services, key=lambda s: level_counts[s].get("ERROR", 0))
    print("most errors:", worst)
    print("top error messages:")
    for msg, n in sorted(error_msgs.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n}x {msg}")
    total = sum(sum(c.values()) for c in level_counts.values())
    errors = sum(c.get("ERROR", 0) for c in level_counts.values())
    print(f"error rate: {errors}/{total} = {errors / total:.1%}")

asyncio.run(main())
