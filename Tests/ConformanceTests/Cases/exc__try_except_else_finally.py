# try/except/else/finally execution order for success, handled error, and unhandled-inside-function cases
def run(op):
    log = []
    try:
        log.append("try")
        if op == "raise":
            raise ValueError("bad")
        if op == "return":
            return log + ["returned-from-try"]
        log.append("try-end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
print(run("return"))
def unhandled():
    try:
        raise KeyError("k")
    except ValueError:
        print("not here")
    finally:
        print("finally runs before propagation")
try:
    unhandled()
except KeyError as e:
    print("outer caught", repr(e))
