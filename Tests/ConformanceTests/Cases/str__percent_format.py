# printf-style % formatting: s r d i f e g x o c %, widths, flags, dict mapping, tuple args, errors
print("%s is %d years" % ("Bob", 42))
print("%r %s" % ("q", "q"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"))
print("100%% sure" % ())
print("%(name)s has %(n)d items" % {"name": "cart", "n": 3})
print("%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),))
print("%d" % 3.99, "%i" % -2, "%s" % 3.5)
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef")
print("%*d" % (6, 7))
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "a"), ("%d", ([],)), ("%z", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
