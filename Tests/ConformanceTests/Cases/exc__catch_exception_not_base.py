# except Exception does not catch BaseException subclasses like SystemExit/GeneratorExit (raised and caught explicitly)
def raise_it(exc):
    try:
        raise exc
    except Exception:
        return "caught by Exception"
    except BaseException as e:
        return f"caught by BaseException: {type(e).__name__}"
print(raise_it(ValueError()))
print(raise_it(SystemExit(3)))
print(raise_it(GeneratorExit()))
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit code:", e.code)
