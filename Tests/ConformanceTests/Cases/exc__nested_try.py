# nested try blocks: inner handles some errors, outer handles the rest; exceptions escaping except clauses
def process(value):
    try:
        try:
            n = int(value)
            return 100 // n
        except ValueError:
            return "inner: not a number"
        finally:
            print(f"  inner finally for {value!r}")
    except ZeroDivisionError as e:
        return f"outer: {e}"
for v in ["5", "abc", "0"]:
    print(v, "->", process(v))
def deep():
    try:
        try:
            try:
                raise IndexError("deep")
            except KeyError:
                return "wrong"
        except ValueError:
            return "wrong too"
    except LookupError as e:
        return f"caught at level 1: {type(e).__name__}: {e}"
print(deep())
