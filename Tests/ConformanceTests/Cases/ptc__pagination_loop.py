# orchestration: sequential cursor pagination until no next cursor, then aggregate across pages
import asyncio

ALL = [{"id": i, "status": ["active", "inactive", "pending"][i % 3], "spend": (i * 13) % 50} for i in range(1, 24)]

async def list_accounts(cursor=None, page_size=5):
    await asyncio.sleep(0)
    start = int(cursor) if cursor else 0
    page = ALL[start:start + page_size]
    nxt = str(start + page_size) if start + page_size < len(ALL) else None
    return {"items": page, "next_cursor": nxt}

async def main():
    cursor = None
    pages = 0
    items = []
    while True:
        resp = await list_accounts(cursor)
        pages += 1
        items.extend(resp["items"])
        cursor = resp["next_cursor"]
        if cursor is None:
            break
    print(f"fetched {len(items)} accounts in {pages} pages")
    by_status = {}
    for it in items:
        s = by_status.setdefault(it["status"], {"count": 0, "spend": 0})
        s["count"] += 1
        s["spend"] += it["spend"]
    for status, s in sorted(by_status.items()):
        print(f"{status:<9} count={s['count']:>2} spend={s['spend']:>4} avg={s['spend'] / s['count']:.1f}")
    top = sorted(items, key=lambda it: it["spend"], reverse=True)[:3]
    print("top spenders:", [(t["id"], t["spend"]) for t in top])

asyncio.run(main())
