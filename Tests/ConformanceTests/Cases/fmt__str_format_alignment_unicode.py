# alignment counts code points (not display width): accented and CJK strings in fixed-width fields
for s in ["abc", "\u00e9t\u00e9", "\u65e5\u672c", "na\u00efve"]:
    print(f"[{s:<6}] [{s:>6}] [{s:^6}] len={len(s)}")
print("[" + "\u00e9".center(5, "*") + "]", "[" + "\u00fc".rjust(3, "\u00b7") + "]")
names = ["Zo\u00eb", "Bj\u00f6rn", "Al"]
width = max(len(n) for n in names) + 2
for n in names:
    print(f"|{n:<{width}}|{len(n):>3}|")
print("{:\u2500^11}".format(" mid "))
print(format("\u00e9", "x>4"), format("\u00c5ngstr\u00f6m", ".3"))
