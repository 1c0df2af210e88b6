# orchestration: campaigns list + per-campaign stats concurrently; open/click rates, best campaign, formatted table
import asyncio

async def list_campaigns():
    await asyncio.sleep(0)
    return [{"id": "c1", "name": "Spring Sale"}, {"id": "c2", "name": "Newsletter"}, {"id": "c3", "name": "Re-engage"},
            {"id": "c4", "name": "Launch"}]

async def get_campaign_stats(campaign_id):
    await asyncio.sleep(0)
    n = int(campaign_id[1:])
    sent = 1000 * n
    opened = sent * (45 - n * 7) // 100
    clicked = opened * (30 - n * 4) // 100
    return {"sent": sent, "opened": opened, "clicked": clicked, "unsubscribed": n * n * 3}

async def main():
    campaigns = await list_campaigns()
    stats = await asyncio.gather(*(get_campaign_stats(c["id"]) for c in campaigns))
    print(f"{'campaign':<12}{'sent':>7}{'open%':>8}{'click%':>8}{'CTOR':>7}{'unsub':>7}")
    rows = []
    for c, s in zip(campaigns, stats):
        open_rate = s["opened"] / s["sent"]
        click_rate = s["clicked"] / s["sent"]
        ctor = s["clicked"] / s["opened"] if s["opened"] else 0.0
        rows.append((c["name"], open_rate, click_rate))
        print(f"{c['name']:<12}{s['sent']:>7,}{open_rate:>8.1%}{click_rate:>8.2%}{ctor:>7.1%}{s['unsubscribed']:>7}")
    best = max(rows, key=lambda r: r[2])
    print(f"best by click rate: {best[0]} ({best[2]:.2%})")
    totals = {k: sum(s[k] for s in stats) for k in ("sent", "opened", "clicked")}
    print("totals:", totals)

asyncio.run(main())
