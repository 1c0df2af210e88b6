# orchestration: list issues across repos, group by label, count open/closed, oldest open per repo
import asyncio

ISSUES = {
    "api": [
        {"n": 101, "title": "Crash on login", "labels": ["bug", "p1"], "state": "open", "age_days": 12},
        {"n": 102, "title": "Add pagination", "labels": ["feature"], "state": "open", "age_days": 40},
        {"n": 103, "title": "Typo in docs", "labels": ["docs"], "state": "closed", "age_days": 3},
    ],
    "web": [
        {"n": 7, "title": "Button misaligned", "labels": ["bug", "ui"], "state": "open", "age_days": 5},
        {"n": 8, "title": "Dark mode", "labels": ["feature", "ui"], "state": "open", "age_days": 90},
    ],
    "cli": [],
}

async def list_issues(repo, state="all"):
    await asyncio.sleep(0)
    return [i for i in ISSUES[repo] if state == "all" or i["state"] == state]

async def main():
    repos = list(ISSUES)
    per_repo = dict(zip(repos, await asyncio.gather(*(list_issues(r) for r in repos))))
    label_counts = {}
    for repo, issues in per_repo.items():
        for issue in issues:
            for label in issue["labels"]:
                label_counts[label] = label_counts.get(label, 0) + 1
    print("labels:", sorted(label_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    for repo, issues in per_repo.items():
        open_issues = [i for i in issues if i["state"] == "open"]
        if not open_issues:
            print(f"{repo}: no open issues")
            continue
        oldest = max(open_issues, key=lambda i: i["age_days"])
        print(f"{repo}: {len(open_issues)} open / {len(issues)} total; oldest #{oldest['n']} '{oldest['title']}' ({oldest['age_days']}d)")
    bugs = [(repo, i["n"]) for repo, issues in per_repo.items() for i in issues if "bug" in i["labels"] and i["state"] == "open"]
    print("open bugs:", bugs)
    stale = sorted((i["age_days"], f"{r}#{i['n']}") for r, issues in per_repo.items() for i in issues if i["age_days"] > 30)
    print("stale:", [name for _, name in stale])

asyncio.run(main())
