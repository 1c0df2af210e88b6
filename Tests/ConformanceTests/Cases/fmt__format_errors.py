# format spec errors: unknown codes, precision on int, sign on str, = alignment on str
tests = [
    (3, "s"),
    (3, ".2d"),
    ("abc", "d"),
    ("abc", "+"),
    ("abc", "="),
    (3.5, "d"),
    (3.5, "x"),
    ([1], "5"),
]
for value, spec in tests:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    f"{'x':,}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{name}".format(other=1)
except KeyError as e:
    print(type(e).__name__, e)
