# sort stability: multi-pass sorting, equal keys keep original order, reverse keeps stability
people = [("dave", 30), ("anna", 25), ("bob", 30), ("carl", 25), ("eve", 35), ("finn", 25)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1])
print(two_pass)
print(sorted(people, key=lambda p: (-p[1], p[0])))
data = [3, 1, 2, 1, 3, 2]
tagged = sorted(enumerate(data), key=lambda t: t[1])
print(tagged)
print(sorted(["bb", "a", "cc", "b", "aa"], key=len))
print(sorted(["bb", "a", "cc", "b", "aa"], key=len, reverse=True))
