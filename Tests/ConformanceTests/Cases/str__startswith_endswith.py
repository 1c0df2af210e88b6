# str.startswith / endswith: tuples of prefixes, start/end ranges, empty prefix
s = "report_2024.csv"
print(s.startswith("report"), s.startswith("Report"), s.endswith(".csv"))
print(s.endswith((".txt", ".csv")), s.startswith(("a", "b")), s.startswith(()))
print(s.startswith("2024", 7), s.startswith("2024", 7, 10), s.endswith("report", 0, 6))
print(s.startswith(""), s.endswith(""), "".startswith(""))
print(s.endswith("csv", -3), s.startswith("_", -9))
try:
    s.startswith(["report"])
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.md"]
print([f for f in files if f.lower().endswith((".py", ".md"))])
