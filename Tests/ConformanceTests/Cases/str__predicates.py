# str predicates: isdigit isalpha isalnum isspace isupper islower istitle isnumeric isdecimal isidentifier isascii isprintable
samples = ["123", "12.5", "abc", "abc123", "   ", "\t\n", "", "ABC", "Abc", "abc def",
           "Hello World", "\u00b2", "\u00bd", "\u0663", "caf\u00e9", "_x1", "1x", "A1B2", "-5"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier(), s.isascii())
print("abc\n".isprintable(), "abc".isprintable())
print("ABC def".isupper(), "ABC DEF".isupper(), "abc 123".islower(), "123".islower(), "123".isupper())
print("Hello, World!".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A".istitle())
print(" ".isalpha(), "a b".isalnum(), "\u00e9".isalpha(), "\u00e9".isascii(), "".isascii())
print([c for c in "a1 B2_c" if c.isalnum()], sum(c.isdigit() for c in "abc123def45"))
