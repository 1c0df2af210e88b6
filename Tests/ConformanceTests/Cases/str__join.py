# str.join: with lists, tuples, generators, dict keys, single element, empty, non-str error
print(", ".join(["a", "b", "c"]))
print("".join(("x", "y")))
print("-".join(str(i) for i in range(5)))
print("|".join({"k1": 1, "k2": 2}))
print("+".join(["solo"]), repr(",".join([])))
print("\n".join(["line1", "line2"]))
print(" ".join("abc"))
try:
    ", ".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ", ".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(", ".join(map(str, [1.5, None, True])))
