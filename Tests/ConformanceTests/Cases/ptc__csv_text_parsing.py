# orchestration: a tool returns CSV text; parse header/rows by hand, convert types, aggregate per region
import asyncio

async def export_sales(region):
    await asyncio.sleep(0)
    rows = {"emea": "date,product,units,price\n2024-01-02,widget,3,9.5\n2024-01-03,gadget,1,24.0\n2024-01-03,widget,2,9.5\n",
            "apac": "date,product,units,price\n2024-01-02,gadget,4,24.0\n\n2024-01-05,gizmo,10,2.25\n"}
    return rows[region]

def parse_csv(text):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    header = lines[0].split(",")
    out = []
    for line in lines[1:]:
        rec = dict(zip(header, line.split(",")))
        rec["units"] = int(rec["units"])
        rec["price"] = float(rec["price"])
        out.append(rec)
    return out

async def main():
    regions = ["emea", "apac"]
    texts = await asyncio.gather(*(export_sales(r) for r in regions))
    by_product = {}
    for region, text in zip(regions, texts):
        recs = parse_csv(text)
        revenue = sum(r["units"] * r["price"] for r in recs)
        print(f"{region}: {len(recs)} rows, {sum(r['units'] for r in recs)} units, revenue {revenue:.2f}")
        for r in recs:
            p = by_product.setdefault(r["product"], {"units": 0, "revenue": 0.0, "regions": []})
            p["units"] += r["units"]
            p["revenue"] += r["units"] * r["price"]
            if region not in p["regions"]:
                p["regions"].append(region)
    for name, p in sorted(by_product.items(), key=lambda kv: -kv[1]["revenue"]):
        print(f"  {name:<7} units={p['units']:>3} revenue={p['revenue']:>7.2f} regions={p['regions']}")

asyncio.run(main())
