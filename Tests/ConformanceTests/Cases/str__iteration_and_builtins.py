# str with builtins: list(), sorted, reversed, enumerate, zip, set (sorted), map(ord)
s = "banana"
print(list(s), sorted(s), "".join(reversed(s)))
print(list(enumerate("abc")), list(zip("abc", "12")))
print(sorted(set(s)), len(set(s)))
print(list(map(ord, "AZ")), "".join(map(chr, [72, 105])))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(s, key=s.count), [c for c in s if c != "a"])
print(any(c.isupper() for c in "abC"), all(c.islower() for c in "abc"))
print(s.index("n"), s[::-1].index("n"))
