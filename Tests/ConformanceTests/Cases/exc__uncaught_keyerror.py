# uncaught KeyError with an int key raised two calls deep: last stderr line is "KeyError: 3"
inventory = {1: "apple", 2: "pear"}
def lookup(item_id):
    return inventory[item_id]
def describe(ids):
    return [lookup(i) for i in ids]
print(describe([1, 2]))
try:
    lookup(9)
except KeyError as e:
    print("handled:", e, repr(e))
print(inventory.get(3, "no item 3"))
print(describe([1, 3]))
