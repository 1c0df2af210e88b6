# str.split / rsplit: separators, maxsplit, whitespace mode, empty strings, errors
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b\tc\n d  ".split())
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("a b c".split(" "), "a  b".split(" "))
print("".split(","), "".split(), "   ".split())
print("abc".split(","), "a::b::c".split("::"))
print("k=v=w".split("=", maxsplit=1), "k=v=w".rsplit("=", maxsplit=1))
print("1,2,3".split(",", 0), "1,2,3".split(",", -1))
print("a\nb\r\nc".split("\n"))
print("xaxbx".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print([int(x) for x in "10 20 30".split()])
a, b = "key: value".split(": ")
print(a, b)
