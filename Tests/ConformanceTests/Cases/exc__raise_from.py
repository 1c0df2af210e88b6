# raise X from Y: __cause__, __context__, __suppress_context__, and raise from None
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("missing port") from e
try:
    load({})
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
def quiet():
    try:
        int("x")
    except ValueError:
        raise ConfigError("bad int") from None
try:
    quiet()
except ConfigError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("direct") from KeyError("explicit cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
