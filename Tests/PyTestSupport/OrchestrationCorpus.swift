/// Programs in the style models write for tool orchestration, shared by the front end's and
/// the compiler's tests: each must parse and compile.
public let orchestrationCorpus: [String] = [
    """
    import asyncio
    import json

    async def fetch_user(user_id: int) -> dict:
        try:
            result = await get_user(id=user_id)
            return json.loads(result) if isinstance(result, str) else result
        except Exception as e:
            print(f"Error fetching {user_id}: {type(e).__name__}: {e}")
            return {"id": user_id, "error": str(e)}

    users = await asyncio.gather(*[fetch_user(uid) for uid in range(1, 11)])
    active = [u for u in users if u.get("active") and "error" not in u]
    print(f"Active: {len(active)}/{len(users)} ({len(active) / len(users):.1%})")
    """,
    """
    results = await asyncio.gather(*(search(q) for q in queries), return_exceptions=True)
    by_region = {}
    for query, res in zip(queries, results):
        if isinstance(res, Exception):
            print(f"{query!r} failed: {res}")
            continue
        for row in res["rows"][:5]:
            by_region.setdefault(row["region"], []).append(row)
    totals = {region: sum(r["amount"] for r in rows) for region, rows in by_region.items()}
    for region, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{region:<12} {total:>12,.2f}")
    best = max(totals, key=totals.get, default=None)
    print("=" * 40)
    print(json.dumps({"best": best, "totals": totals}, indent=2, sort_keys=True, default=str))
    """,
    """
    sem = asyncio.Semaphore(5)

    async def bounded(item):
        async with sem:
            return await process(item["id"], retries=3)

    page, items = 1, []
    while True:
        batch = await list_items(page=page, page_size=100)
        if not batch:
            break
        items.extend(batch)
        page += 1
        if page > 50: break
    done = await asyncio.gather(*[bounded(i) for i in items])
    ok, failed = [], []
    for item, outcome in zip(items, done):
        (ok if outcome.get("status") == "ok" else failed).append(item["id"])
    print(f"{len(ok)} ok, {len(failed)} failed; first failures: {failed[:3]}")
    """,
    """
    from collections import Counter, defaultdict
    from dataclasses import dataclass

    @dataclass
    class Ticket:
        id: str
        priority: int = 0
        tags: list[str] | None = None

        def score(self, *, weight: float = 1.0) -> float:
            return self.priority * weight + len(self.tags or [])

    class ToolError(Exception):
        pass

    tickets = [Ticket(**t) for t in raw if t.get("id")]
    counts = Counter(tag for t in tickets for tag in (t.tags or []))
    groups = defaultdict(list)
    for t in tickets:
        groups[t.priority].append(t)
    top = sorted(tickets, key=lambda t: t.score(weight=2), reverse=True)[:10]
    print("\\n".join(f"{t.id}: {t.score():.2f} {', '.join(t.tags or [])}" for t in top))
    if (n := len(top)) > 5:
        raise ToolError(f"too many: {n}") from None
    """,
    """
    data = json.loads(await tool("fetch", url=url))
    rows = data["results"] if "results" in data else []
    matrix = [[cell.strip() for cell in line.split(",")] for line in text.splitlines() if line]
    header, *body = matrix
    index = {name: i for i, name in enumerate(header, start=1)}
    prices = [float(r[index["price"] - 1]) for r in body if r[index["price"] - 1]]
    avg = sum(prices) / len(prices) if prices else 0.0
    print(f"avg={avg:.2f} min={min(prices, default=0)} max={max(prices, default=0)}")
    print("%s: %d items" % (name, len(rows)), "{}: {}".format("k", "v"))
    flags = {k: v for k, v in zip(keys, values) if v is not None}
    merged = {**defaults, **flags, "ts": now.isoformat()}
    assert all(isinstance(v, (int, float)) for v in prices), "prices must be numeric"
    del merged["ts"]
    """,
]
