# collecting errors per item and continuing: typical robust processing loop
records = ["10", "x", "30", "", "-5", "2.5"]
ok, errors = [], []
for i, r in enumerate(records):
    try:
        n = int(r)
        if n < 0:
            raise ValueError(f"negative value {n}")
        ok.append(n)
    except ValueError as e:
        errors.append((i, str(e)))
print("ok:", ok, "sum:", sum(ok))
for i, msg in errors:
    print(f"record {i}: {msg}")
