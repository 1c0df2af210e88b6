# sets of strings have hash-randomized order: always sort before printing
tags_a = {"python", "async", "tools", "llm"}
tags_b = {"llm", "rust", "tools"}
print(sorted(tags_a), sorted(tags_b))
print(sorted(tags_a & tags_b), sorted(tags_a | tags_b), sorted(tags_a - tags_b), sorted(tags_a ^ tags_b))
print(len(tags_a | tags_b), "llm" in tags_a, "go" in tags_a)
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq)[:4])
print(sorted(uniq, key=lambda w: (-len(w), w))[:3])
print(", ".join(sorted({w.upper() for w in uniq if len(w) == 3})))
