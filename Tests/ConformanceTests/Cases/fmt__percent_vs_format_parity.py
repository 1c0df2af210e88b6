# the same values formatted with %, str.format and f-strings give identical text
rows = [("alpha", 3, 2.5), ("beta", 12, 10.125), ("gamma", 100, 0.3333)]
for name, n, v in rows:
    a = "%-6s|%4d|%8.2f" % (name, n, v)
    b = "{:<6}|{:>4d}|{:>8.2f}".format(name, n, v)
    c = f"{name:<6}|{n:>4d}|{v:>8.2f}"
    print(a, a == b == c)
print("%05.1f|%+d|%x|%o|%e" % (3.14159, 7, 255, 8, 1234.5))
print("{:05.1f}|{:+d}|{:x}|{:o}|{:e}".format(3.14159, 7, 255, 8, 1234.5))
print("%s|%r|%5s|%-5s|" % ("s", "s", "ab", "ab"))
print("%3d%%" % 50, "{:3d}%".format(50), f"{0.5:4.0%}")
