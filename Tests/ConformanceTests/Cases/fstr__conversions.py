# f-string conversions !r !s !a and their combination with format specs
s = "caf\u00e9"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{42!r}", f"{4.5!s}")
print(f"{'x'!r:^9}|")
print(f"{[1, 'two']!r}")
class P:
    def __repr__(self):
        return "P(repr)"
    def __str__(self):
        return "P(str)"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}")
print(f"{p!r:>10}|")
print("{!r} {!s} {!a}".format(s, s, s))
