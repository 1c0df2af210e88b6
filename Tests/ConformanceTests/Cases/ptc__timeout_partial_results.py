# orchestration: per-source timeouts with wait_for; report partial results and which sources timed out
import asyncio

SOURCES = {"cache": 0, "primary_db": 0.001, "replica": 0.002, "archive": 5, "cold_storage": 5}

async def query(source, key):
    await asyncio.sleep(SOURCES[source])
    return {"source": source, "key": key, "rows": len(source) * 3}

async def query_with_timeout(source, key, timeout=0.05):
    try:
        return await asyncio.wait_for(query(source, key), timeout=timeout)
    except TimeoutError:
        return {"source": source, "key": key, "timeout": True}

async def main():
    results = await asyncio.gather(*(query_with_timeout(s, "user:42") for s in SOURCES))
    done = [r for r in results if not r.get("timeout")]
    timed_out = [r["source"] for r in results if r.get("timeout")]
    print("completed:", [r["source"] for r in done])
    print("timed out:", timed_out)
    print("rows:", {r["source"]: r["rows"] for r in done}, "total", sum(r["rows"] for r in done))
    coverage = len(done) / len(results)
    print(f"coverage {coverage:.0%}", "PARTIAL" if timed_out else "COMPLETE")

asyncio.run(main())
