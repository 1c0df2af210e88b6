# uncaught assert with message: traceback ends with "AssertionError: total mismatch: 6 != 7"
def check_total(items, expected):
    total = sum(items)
    assert total == expected, f"total mismatch: {total} != {expected}"
    return total
print(check_total([1, 2, 3], 6))
try:
    check_total([1], 2)
except AssertionError as e:
    print("handled:", e)
print(check_total([1, 2, 3], 7))
print("unreachable")
