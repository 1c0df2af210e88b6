# an exception raised in finally replaces the in-flight one (original kept as __context__); exception in except
def replace():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    replace()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def in_handler():
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("raised while handling")
try:
    in_handler()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def handler_then_finally():
    log = []
    try:
        try:
            raise ValueError("x")
        except ValueError:
            log.append("except")
            raise
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log
print(handler_then_finally())
