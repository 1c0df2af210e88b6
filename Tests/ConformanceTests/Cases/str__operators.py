# str operators: + concatenation, * repetition, in, comparisons (lexicographic, code point), errors
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2 == "")
print("a" in "abc", "ac" in "abc", "" in "", "abc" not in "ab")
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a", "abc" == "abc")
print("10" < "9", "abc" > "abd", "" < "a", max("hello"), min("hello"))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
s = "x"
s += "y"
s *= 2
print(s)
