# realistic list processing: filter/map/sort/slice pipeline, running totals, pairwise differences, chunking
prices = [19.5, 5.25, 42.0, 7.75, 13.0, 5.25]
print(sorted(set(prices)), prices.count(5.25))
running = []
total = 0
for p in prices:
    total += p
    running.append(total)
print(running)
print([b - a for a, b in zip(prices, prices[1:])])
print([prices[i:i + 4] for i in range(0, len(prices), 4)])
print(sorted(prices, reverse=True)[:3], sum(sorted(prices)[:2]))
ranked = sorted(enumerate(prices), key=lambda t: (-t[1], t[0]))
print([i for i, _ in ranked])
print(list(reversed(prices))[::2], prices[-2::-2])
