# misc str methods: count with overlaps, index of chars, isspace on unicode, ljust tables, string constants by hand
s = "abracadabra"
print(s.count("abra"), s.count("a"), s.find("cad"), s.upper().count("A"))
print(s.replace("a", "").upper(), s.title(), s.capitalize())
letters = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
print(letters, len(letters))
digits = "".join(str(d) for d in range(10))
print(digits, digits[::3])
print(" \t\n\r\x0b\x0c".isspace(), "\u3000".isspace())
print("Tab".ljust(6, "_") + "|", "abc".rjust(6, "0"))
word = "level"
print(word == word[::-1], "python"[::-1])
print(ord("a") - ord("A"), chr(ord("c") - 32))
