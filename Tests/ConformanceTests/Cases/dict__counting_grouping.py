# counting and grouping idioms without collections: get, setdefault, in-check, nested counts
text = "one two three two three three four"
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
lengths = {}
for w in text.split():
    lengths.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
orders = [("ann", "book", 2), ("bob", "pen", 5), ("ann", "pen", 1), ("ann", "book", 1)]
nested = {}
for cust, item, qty in orders:
    nested.setdefault(cust, {})
    nested[cust][item] = nested[cust].get(item, 0) + qty
print(nested)
most = max(counts.items(), key=lambda kv: kv[1])
print(most, sorted(counts, key=counts.get, reverse=True))
first_seen = {}
for i, w in enumerate(text.split()):
    first_seen.setdefault(w, i)
print(first_seen)
