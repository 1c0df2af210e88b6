# exception handler ordering: put specific exceptions before general ones; handler selection walks the MRO
class BaseErr(Exception): pass
class MidErr(BaseErr): pass
class LeafErr(MidErr): pass
def which(exc):
    try:
        raise exc
    except LeafErr:
        return "LeafErr handler"
    except MidErr:
        return "MidErr handler"
    except BaseErr:
        return "BaseErr handler"
    except Exception:
        return "Exception handler"
for exc in [LeafErr(), MidErr(), BaseErr(), ValueError(), KeyError()]:
    print(type(exc).__name__, "->", which(exc))
def general_first(exc):
    try:
        raise exc
    except BaseErr:
        return "general caught first"
    except LeafErr:
        return "never reached"
print(general_first(LeafErr()))
