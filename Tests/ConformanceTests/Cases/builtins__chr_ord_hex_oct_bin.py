# chr ord hex oct bin: round trips, negative numbers, errors
print(chr(97), chr(0x41), ord("a"), ord("\u00e9"), ord("\n"), chr(8364))
print(hex(255), hex(-1), hex(0), oct(64), oct(-64), bin(5), bin(0), bin(-1))
print(int(hex(1000), 16), [chr(ord(c) + 1) for c in "HAL"])
for fn, arg in [(chr, -1), (chr, 0x110000), (ord, "ab"), (ord, ""), (chr, "a"), (hex, 1.5), (bin, "1"), (ord, 5)]:
    try:
        print(fn(arg))
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("hello, world", 3), caesar(caesar("hello, world", 3), -3))
print([hex(b) for b in b"AZ"], "".join(f"{ord(c):02x}" for c in "hi"))
