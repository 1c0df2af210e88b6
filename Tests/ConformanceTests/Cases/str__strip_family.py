# str.strip / lstrip / rstrip with default whitespace and explicit char sets
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("abcHELLOcba".strip("abc"))
print(repr("".strip()), repr("   ".strip()), repr("x".strip("x")))
print("--==data==--".strip("-="), "100.00".rstrip("0"), "100.00".rstrip("0").rstrip("."))
print("\u00a0nbsp\u00a0".strip() == "nbsp")
print("path/to/dir/".rstrip("/"), "0042".lstrip("0"))
print("aaa".strip(None), "  x  ".strip(" "))
