# and/or return operands (not bools), short-circuit evaluation, not always returns bool
print(1 and "a", 0 and "a", "" or "default", [] or {} or 0, "x" or crash_never_evaluated)
print(None and undefined_never_evaluated, not 0, not "a", not [], type(not 1).__name__)
print([1] and [2], [0] or [3], (1, 0) and 5)
calls = []
def t(v):
    calls.append(v)
    return v
result = t(0) or t("") or t("found") or t("not reached")
print(result, calls)
