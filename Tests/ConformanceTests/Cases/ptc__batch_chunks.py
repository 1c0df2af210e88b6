# orchestration: split a large id list into fixed-size chunks, process chunks concurrently, merge and verify
import asyncio

async def enrich_batch(ids):
    await asyncio.sleep(0)
    if len(ids) > 4:
        raise ValueError(f"batch too large: {len(ids)}")
    return {i: {"score": (i * 7) % 10, "tier": "A" if i % 3 == 0 else "B"} for i in ids}

def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]

async def main():
    ids = list(range(1, 15))
    parts = chunks(ids, 4)
    print("chunks:", parts)
    results = await asyncio.gather(*(enrich_batch(p) for p in parts))
    merged = {}
    for r in results:
        merged.update(r)
    print("merged", len(merged), "records; all present:", sorted(merged) == ids)
    tiers = {}
    for i, rec in merged.items():
        tiers.setdefault(rec["tier"], []).append(i)
    print(tiers)
    print("high scores:", [i for i, rec in merged.items() if rec["score"] >= 7])
    try:
        await enrich_batch(list(range(6)))
    except ValueError as e:
        print("oversized batch rejected:", e)

asyncio.run(main())
