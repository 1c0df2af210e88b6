# building multi-line strings: join of formatted lines, triple quotes with format, dedent-free text
rows = [("alice", 3, 12.5), ("bob", 10, 3.25), ("carol", 0, 100.0)]
header = f"{'name':<8}{'qty':>5}{'price':>10}"
lines = [header, "-" * len(header)]
for name, qty, price in rows:
    lines.append(f"{name:<8}{qty:>5}{price:>10.2f}")
print("\n".join(lines))
report = """Summary:
  rows: {n}
  max qty: {mq}""".format(n=len(rows), mq=max(r[1] for r in rows))
print(report)
out = ""
for i in range(3):
    out += f"item{i};"
print(out.rstrip(";"))
