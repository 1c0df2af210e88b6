# orchestration: recipe ingredient lists + per-ingredient nutrition lookups (deduplicated), totals per recipe
import asyncio

RECIPES = {"pancakes": [("flour", 200), ("milk", 300), ("egg", 100), ("sugar", 25)],
           "omelette": [("egg", 150), ("milk", 50), ("cheese", 40)]}
PER_100G = {"flour": (364, 10), "milk": (42, 3), "egg": (155, 13), "sugar": (387, 0), "cheese": (402, 25)}
lookups = []

async def get_recipe(name):
    await asyncio.sleep(0)
    return [{"ingredient": i, "grams": g} for i, g in RECIPES[name]]

async def get_nutrition(ingredient):
    lookups.append(ingredient)
    await asyncio.sleep(0)
    kcal, protein = PER_100G[ingredient]
    return {"kcal": kcal, "protein": protein}

async def main():
    names = ["pancakes", "omelette"]
    recipes = dict(zip(names, await asyncio.gather(*(get_recipe(n) for n in names))))
    unique = sorted({row["ingredient"] for rows in recipes.values() for row in rows})
    nutrition = dict(zip(unique, await asyncio.gather(*(get_nutrition(i) for i in unique))))
    print("lookups:", len(lookups), "for", len(unique), "unique ingredients")
    for name, rows in recipes.items():
        kcal = sum(nutrition[r["ingredient"]]["kcal"] * r["grams"] / 100 for r in rows)
        protein = sum(nutrition[r["ingredient"]]["protein"] * r["grams"] / 100 for r in rows)
        heaviest = max(rows, key=lambda r: r["grams"])["ingredient"]
        print(f"{name}: {kcal:.0f} kcal, {protein:.1f} g protein, main ingredient {heaviest}")
    shared = sorted(set(r["ingredient"] for r in recipes["pancakes"]) & set(r["ingredient"] for r in recipes["omelette"]))
    print("shared ingredients:", shared)

asyncio.run(main())
