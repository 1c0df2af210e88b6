# table rendering with computed column widths, right-aligned numbers, separators, totals row
rows = [("Widget", 3, 4.5), ("Gadget Pro", 12, 19.99), ("Nut", 250, 0.05)]
headers = ("Item", "Qty", "Price", "Total")
data = [(n, q, p, q * p) for n, q, p in rows]
w0 = max(len(headers[0]), *(len(r[0]) for r in data))
line = f"{headers[0]:<{w0}} | {headers[1]:>5} | {headers[2]:>8} | {headers[3]:>9}"
print(line)
print("-" * len(line))
for n, q, p, t in data:
    print(f"{n:<{w0}} | {q:>5} | {p:>8.2f} | {t:>9,.2f}")
print("-" * len(line))
total_qty = sum(r[1] for r in data)
total = sum(round(r[3], 2) for r in data)
print(f"{'TOTAL':<{w0}} | {total_qty:>5} | {'':>8} | {total:>9,.2f}")
