# str.replace: all occurrences, count argument, empty old string, no match
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("three", "3"))
print("aaa".replace("a", "bb"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("aaaa".replace("aa", "b"))
print("hello".replace("l", ""))
print("a.b.c".replace(".", "/", 1))
print("".replace("", "x"))
print("Mississippi".replace("ss", "SS").replace("i", "I", 1))
