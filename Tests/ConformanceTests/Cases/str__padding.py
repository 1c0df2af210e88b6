# str center / ljust / rjust / zfill, incl. odd padding distribution, fillchar, and short width
print("[" + "ab".center(6) + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]")
print("[" + "a".center(4, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".ljust(5, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("3.14".zfill(7), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
for w in range(1, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "-")))
