# multiple except clauses, tuple of exception types, first matching clause wins, bare except, except Exception
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__} {e}"
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}: {e}"
    return "ok"
print(classify(lambda: {}["x"]))
print(classify(lambda: [][0]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 2.0 ** 5000))
print(classify(lambda: int("z")))
print(classify(lambda: None))
try:
    raise TypeError("t")
except:
    print("bare except caught it")
def order():
    try:
        raise KeyError("first")
    except LookupError:
        return "LookupError clause matched first"
    except KeyError:
        return "KeyError clause"
print(order())
