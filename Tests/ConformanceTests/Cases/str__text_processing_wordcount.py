# text processing: normalize punctuation, word frequencies with deterministic tie-breaking, sentence splitting
text = """The quick brown fox. The lazy dog! Is the fox quick?
Yes: the fox is quick, and the dog is lazy."""
clean = text.lower()
for ch in ".,!?:":
    clean = clean.replace(ch, " ")
words = clean.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq))
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<6}{n:>3} {'*' * n}")
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print(len(sentences), sentences[0], "|", sentences[-1])
print(max(words, key=len), sorted({w for w in words if len(w) == 5}))
print(" ".join(w.capitalize() for w in "hello big world".split()))
print("".join(w[0].upper() for w in "portable network graphics".split()))
