# str case methods: upper lower title capitalize swapcase casefold
s = "hello WORLD, it's a fine-day 4u"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("HeLLo".casefold(), "Stra\u00dfe".casefold(), "Stra\u00dfe".lower())
print("o'neil mc-donald".title())
print("123abc".capitalize(), "ABC DEF".capitalize(), "".capitalize())
print("\u00e9cole".title(), "\u00c9COLE".lower())
print("hello".upper().lower() == "hello")
print("Straße".upper(), "ǅ".lower(), "ǆ".title())
