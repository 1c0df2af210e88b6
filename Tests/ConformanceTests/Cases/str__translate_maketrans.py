# str.maketrans / translate: mapping dicts, two-string form, deletion with third argument
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello".translate({ord("h"): "J", ord("o"): None}))
print("a-b_c".translate(str.maketrans({"-": " ", "_": " "})))
print(str.maketrans("ab", "cd") == {97: 99, 98: 100})
vowels = str.maketrans("aeiou", "AEIOU")
print("programming language".translate(vowels))
leet = {ord("e"): "3", ord("o"): "0", ord("s"): "$$"}
print("hello success".translate(leet))
strip_digits = str.maketrans("", "", "0123456789")
print("a1b2c3 d4".translate(strip_digits))
print(sorted(str.maketrans("xy", "zw", "q").items()))
