# uncaught NameError from a typo-like name with no close match: last line "NameError: name 'totl_amount_xyz' is not defined"
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl_amount_xyz
print("computing")
try:
    compute([])
except NameError as e:
    print("handled:", e)
print(compute([1, 2, 3]))
