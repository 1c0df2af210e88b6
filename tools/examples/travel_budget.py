# Which engineers exceeded their Q3 travel budget, by how much, and how far did they fly?
# Tools from three services: get_document (Swift), get_team_members and get_expenses
# (Python, SQLite), distance_km (C).
import asyncio

policy, members = await asyncio.gather(get_document("travel-policy"), get_team_members("engineering"))
budgets = policy["data"]["budgets_usd_per_quarter"]
expenses = await asyncio.gather(*[get_expenses(m["id"], "Q3") for m in members])

over = []
for member, items in zip(members, expenses):
    trips = [e for e in items if e["category"] == "travel"]
    spent = sum(e["amount_usd"] for e in trips)
    budget = budgets[member["level"]]
    if spent > budget:
        over.append((member, spent, budget, sorted({e["city"] for e in trips})))

# Round trips from home to each city visited, all at once.
legs = [(m["home_city"], city) for m, _, _, cities in over for city in cities]
distances = await asyncio.gather(*[distance_km(home, city) for home, city in legs])
flown = {}
for (home, city), leg in zip(legs, distances):
    flown[home, city] = 2 * leg["km"]

print(f"{len(over)} of {len(members)} engineers exceeded their Q3 travel budget:")
for member, spent, budget, cities in sorted(over, key=lambda o: o[1] - o[2], reverse=True):
    km = sum(flown[member["home_city"], city] for city in cities)
    print(f"  {member['name']:<12} {member['level']:<7} spent ${spent:>9,.2f} of ${budget:,} "
          f"(+{spent / budget - 1:.0%}), {km:,.0f} km to {', '.join(cities)}")
