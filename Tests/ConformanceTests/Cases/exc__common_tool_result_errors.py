# errors LLM-written orchestration code commonly hits on tool results: None results, missing keys, wrong types
results = [{"id": 1, "value": 10}, None, {"id": 3}, {"id": 4, "value": "12"}, {"id": 5, "value": [1]}]
for r in results:
    try:
        print(r["id"], r["value"] + 1)
    except TypeError as e:
        print("TypeError:", e)
    except KeyError as e:
        print("KeyError:", e)
try:
    total = sum(r["value"] for r in results if r and "value" in r)
except TypeError as e:
    print("TypeError:", e)
try:
    names = ", ".join(r["id"] for r in results if r)
except TypeError as e:
    print("TypeError:", e)
try:
    by_id = {r["id"]: r for r in results if r}
    print(sorted(by_id), by_id[2])
except KeyError as e:
    print("KeyError:", e)
try:
    first = results[1].get("value")
except AttributeError as e:
    print("AttributeError:", e)
try:
    count = len(results[0]["value"])
except TypeError as e:
    print("TypeError:", e)
