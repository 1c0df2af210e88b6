# str()/repr()/args of exceptions raised by the interpreter itself
def capture(fn):
    try:
        fn()
    except Exception as e:
        return e
errs = [capture(lambda: {}["a"]), capture(lambda: [][0]), capture(lambda: 1 / 0), capture(lambda: int("q")),
        capture(lambda: undefined_zq), capture(lambda: None.x)]
for e in errs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
