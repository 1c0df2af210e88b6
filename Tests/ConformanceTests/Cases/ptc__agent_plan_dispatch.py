# orchestration: execute a plan of tool calls via a dispatch dict, feed results forward, collect a final summary
import asyncio

async def search_web(query):
    await asyncio.sleep(0)
    return [f"{query} result {i}" for i in range(1, 4)]

async def fetch_page(url):
    await asyncio.sleep(0)
    return {"url": url, "length": len(url) * 10}

async def summarize(texts):
    await asyncio.sleep(0)
    return f"{len(texts)} pages, {sum(t['length'] for t in texts)} chars total"

TOOLS = {"search_web": search_web, "fetch_page": fetch_page, "summarize": summarize}

async def run_step(step, memory):
    tool = TOOLS.get(step["tool"])
    if tool is None:
        raise KeyError(f"unknown tool {step['tool']!r}")
    if step.get("map_over"):
        return await asyncio.gather(*(tool(item) for item in memory[step["map_over"]]))
    args = [memory[a] if a in memory else a for a in step["args"]]
    return await tool(*args)

async def main():
    plan = [
        {"tool": "search_web", "args": ["python asyncio"], "save": "hits"},
        {"tool": "fetch_page", "map_over": "hits", "save": "pages"},
        {"tool": "summarize", "args": ["pages"], "save": "summary"},
        {"tool": "translate", "args": ["summary"], "save": "translated"},
    ]
    memory = {}
    for i, step in enumerate(plan, 1):
        try:
            memory[step["save"]] = await run_step(step, memory)
            print(f"step {i} {step['tool']}: ok")
        except KeyError as e:
            print(f"step {i} {step['tool']}: skipped ({e.args[0]})")
    print("hits:", memory["hits"])
    print("page lengths:", [p["length"] for p in memory["pages"]])
    print("summary:", memory["summary"])
    print("keys:", list(memory))

asyncio.run(main())
