# orchestration: search several sources concurrently, merge, dedupe by id keeping best score, rank top results
import asyncio

async def search(source, query):
    await asyncio.sleep(0)
    base = {"wiki": 0.9, "blog": 0.7, "forum": 0.5}[source]
    docs = []
    for i, doc_id in enumerate(["d1", "d2", "d3", "d4"]):
        if (i + len(source)) % 3 != 0:
            score = round(base - i * 0.1 + len(query) * 0.01, 3)
            docs.append({"id": doc_id, "source": source, "score": score, "title": f"{query} {doc_id} on {source}"})
    return docs

async def main():
    sources = ["wiki", "blog", "forum"]
    batches = await asyncio.gather(*(search(s, "asyncio") for s in sources))
    best = {}
    hits = {}
    for batch in batches:
        for doc in batch:
            hits[doc["id"]] = hits.get(doc["id"], 0) + 1
            if doc["id"] not in best or doc["score"] > best[doc["id"]]["score"]:
                best[doc["id"]] = doc
    ranked = sorted(best.values(), key=lambda d: (-d["score"], d["id"]))
    for rank, d in enumerate(ranked, 1):
        print(f"{rank}. [{d['score']:.3f}] {d['title']} (found in {hits[d['id']]} sources)")
    print("per-source counts:", {s: len(b) for s, b in zip(sources, batches)})

asyncio.run(main())
