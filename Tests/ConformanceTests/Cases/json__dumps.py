import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x"}))
print(json.dumps([1e16, 1.5e-7, 0.1 + 0.2, -0.0, 10**30, -7]))
print(json.dumps("héllo \"quoted\" \\ \n\t\r\b\f \x01 \x7f ü 😀 \u2028"))
print(json.dumps("héllo 😀 \x7f \x1f", ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": []}], "c": {}, "d": [[]]}, indent=2))
print(json.dumps([1, {"x": 2}], indent=0))
print(json.dumps([1, {"x": 2}], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=1, separators=(" ,", " = ")))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}))
print(json.dumps((1, 2, (3,))))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.dumps({"s": {3, 1}, "n": 1}, default=lambda o: f"<{type(o).__name__}>"))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps([]), json.dumps({}), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps(""), json.dumps(0), json.dumps(None), json.dumps(True))
print(json.dumps({"z": 1, "y": [3, 2]}, indent=2, sort_keys=True))

try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    # 3.12 appends ": inf"; 3.11 does not.
    print("ValueError", str(e).startswith("Out of range float values are not JSON compliant"))

for bad, kwargs in [({1, 2}, {}), ({(1, 2): 3}, {}),
                    ({"a": object()}, {}), ({"b": 1, 2: 3}, {"sort_keys": True})]:
    try:
        json.dumps(bad, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
