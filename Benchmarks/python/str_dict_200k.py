counts = {}
for i in range(200_000):
    key = "k" + str(i % 1000)
    counts[key] = counts.get(key, 0) + len(key)
print(len(counts), counts["k7"])
