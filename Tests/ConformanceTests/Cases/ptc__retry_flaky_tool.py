# orchestration: call a flaky tool with bounded retries per item, summarize successes, retries, and failures
import asyncio

failures_left = {"doc-2": 1, "doc-4": 2, "doc-5": 5}
calls = {}

async def summarize_document(doc_id):
    calls[doc_id] = calls.get(doc_id, 0) + 1
    await asyncio.sleep(0)
    if failures_left.get(doc_id, 0) > 0:
        failures_left[doc_id] -= 1
        raise TimeoutError(f"tool timed out on {doc_id}")
    return {"doc": doc_id, "summary": f"summary of {doc_id}", "words": len(doc_id) * 10}

async def with_retries(doc_id, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            result = await summarize_document(doc_id)
            result["attempts"] = attempt
            return result
        except TimeoutError as e:
            last_error = e
    return {"doc": doc_id, "error": str(last_error), "attempts": attempts}

async def main():
    docs = [f"doc-{i}" for i in range(1, 7)]
    results = await asyncio.gather(*(with_retries(d) for d in docs))
    ok = [r for r in results if "error" not in r]
    bad = [r for r in results if "error" in r]
    print(f"succeeded: {len(ok)}, failed: {len(bad)}")
    for r in ok:
        note = f" (after {r['attempts']} attempts)" if r["attempts"] > 1 else ""
        print(f"  {r['doc']}: {r['words']} words{note}")
    for r in bad:
        print(f"  {r['doc']}: FAILED - {r['error']}")
    print("total tool calls:", sum(calls.values()), calls)

asyncio.run(main())
