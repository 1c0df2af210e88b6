# tuples as dict keys and set elements: grid coordinates, composite keys, grouping by tuple
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (3, 3) in grid, len(grid))
neighbors = [(1 + dr, 1 + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
print(sum(grid[p] for p in neighbors))
sales = [("east", "q1", 10), ("west", "q1", 5), ("east", "q1", 7), ("east", "q2", 3)]
totals = {}
for region, q, amt in sales:
    totals[(region, q)] = totals.get((region, q), 0) + amt
print(totals)
print(sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[0])
visited = {(0, 0), (0, 1)}
visited.add((0, 0))
print(len(visited), (0, 1) in visited)
