# format() builtin vs f-strings and str.format: default spec, numbers, strings, objects
print(format(123), format(1.5), format("s"), format(None), format([1]), format(True))
print(format(3.14159, ".2f"), format(42, "06d"), format("ab", "^6"), format(0.5, "%"))
print(format(1234567, ","), format(255, "#x"), format(-1, "+"), format(1e-7, ".1e"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
t = Temp(21.5)
print(format(t, "f"), format(t, ""), f"{t}", f"{t:f}", "{:f}".format(t))
