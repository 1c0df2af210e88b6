# str.find / rfind / index / rindex / count with start/end, and not-found behaviour
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"))
print(s.find("o"), s.rfind("o"), s.find("o", 5, 10), s.find("o", 20, 22))
print(s.index("world"), s.rindex("l"), s.index("h", 1))
print(s.count("l"), s.count("hello"), s.count("l", 0, 5), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.rfind(""), "".find(""), "abc".find("", 10))
print(s.find("o", -6), s.rfind("o", 0, -10))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
print("world" in s, "World" in s, "" in s, s.startswith("hello"))
