# uncaught IndexError: list index out of range in nested helper
def second(items):
    return items[1]
def pairs(rows):
    return [(r[0], second(r)) for r in rows]
print(pairs([[1, 2], [3, 4]]))
try:
    second([1])
except IndexError as e:
    print("handled:", e)
print(pairs([]))
print(pairs([[5, 6], [7]]))
