# orchestration: ping many hosts concurrently, some raise errors; classify, compute latency stats, print table
import asyncio

async def ping(host):
    await asyncio.sleep(0)
    n = int(host.split("-")[1])
    if n % 5 == 0:
        raise ConnectionError(f"{host} unreachable")
    if n % 7 == 0:
        raise TimeoutError(f"{host} timed out")
    return {"host": host, "latency_ms": (n * 23) % 90 + 5}

async def main():
    hosts = [f"web-{i}" for i in range(1, 16)]
    results = await asyncio.gather(*(ping(h) for h in hosts), return_exceptions=True)
    up, down = [], []
    for h, r in zip(hosts, results):
        if isinstance(r, Exception):
            down.append((h, type(r).__name__, str(r)))
        else:
            up.append(r)
    lat = sorted(r["latency_ms"] for r in up)
    print(f"up: {len(up)}/{len(hosts)}")
    print(f"latency min={lat[0]} max={lat[-1]} avg={sum(lat) / len(lat):.1f} p50={lat[len(lat) // 2]}")
    slow = [r["host"] for r in up if r["latency_ms"] > 60]
    print("slow hosts:", slow)
    for h, kind, msg in down:
        print(f"DOWN {h:<7} {kind:<16} {msg}")
    status = "HEALTHY" if len(down) == 0 else "DEGRADED" if len(down) < len(hosts) // 2 else "CRITICAL"
    print("cluster status:", status)

asyncio.run(main())
