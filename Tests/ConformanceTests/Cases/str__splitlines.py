# str.splitlines: various line boundaries, keepends, trailing newline, vs split("\n")
s = "one\ntwo\r\nthree\rfour\n"
print(s.splitlines())
print(s.splitlines(True))
print(s.split("\n"))
print("".splitlines(), "\n".splitlines(), "x".splitlines())
print("a\n\nb".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("line\n".splitlines(keepends=True))
text = """first
second

fourth"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
