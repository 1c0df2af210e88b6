records = [{"id": i, "dept": "d" + str(i % 17), "amount": (i * 7919) % 1000 / 10, "active": i % 3 != 0}
           for i in range(50_000)]
totals = {}
for r in records:
    if r["active"]:
        totals[r["dept"]] = totals.get(r["dept"], 0.0) + r["amount"]
top = sorted(totals.items(), key=lambda kv: -kv[1])[:5]
print([(d, round(t, 2)) for d, t in top])
print(max(records, key=lambda r: r["amount"])["id"], sum(1 for r in records if r["amount"] > 50))
