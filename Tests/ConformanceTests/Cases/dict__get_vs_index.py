# dict lookup patterns: [] vs get vs in vs try/except KeyError, defaults that are falsy
prices = {"apple": 1.25, "free": 0, "none": None}
for item in ["apple", "free", "none", "missing"]:
    print(item, prices.get(item), prices.get(item, "N/A"), item in prices, prices.get(item) or "falsy")
def lookup(k):
    try:
        return prices[k]
    except KeyError as e:
        return f"no key {e}"
print(lookup("apple"), lookup("pear"))
print(prices.get("missing", {}).get("nested", "deep default"))
