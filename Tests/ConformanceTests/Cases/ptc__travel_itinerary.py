# orchestration: hotels and daily events per city fetched concurrently; build a formatted itinerary
import asyncio

async def get_hotels(city):
    await asyncio.sleep(0)
    return [{"name": f"{city} Grand", "price": 210, "rating": 4.5},
            {"name": f"{city} Budget Inn", "price": 95, "rating": 3.9},
            {"name": f"Hotel {city[::-1].title()}", "price": 150, "rating": 4.5}]

async def get_events(city, day):
    await asyncio.sleep(0)
    catalog = ["museum tour", "food market", "river cruise", "concert", "hiking trip"]
    return [catalog[(len(city) + day + k) % len(catalog)] for k in range(day % 2 + 1)]

async def main():
    plan = [("Rome", 2), ("Paris", 3)]
    hotels = await asyncio.gather(*(get_hotels(c) for c, _ in plan))
    day_num = 0
    lines = []
    total_cost = 0
    for (city, nights), options in zip(plan, hotels):
        best = sorted(options, key=lambda h: (-h["rating"], h["price"]))[0]
        total_cost += best["price"] * nights
        lines.append(f"== {city} ({nights} nights) at {best['name']} (${best['price']}/night, {best['rating']}*)")
        events = await asyncio.gather(*(get_events(city, d) for d in range(1, nights + 1)))
        for evs in events:
            day_num += 1
            lines.append(f"  Day {day_num}: " + ", ".join(evs))
    print("\n".join(lines))
    print(f"Lodging total: ${total_cost:,}")

asyncio.run(main())
