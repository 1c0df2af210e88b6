# uncaught TypeError from a call with a missing argument, three frames deep
def compute(a, b):
    return a * b
def middle(x):
    return compute(x)
print(compute(2, 3))
try:
    compute(1)
except TypeError as e:
    print("handled:", e)
def top():
    print("calling middle")
    return middle(3)
top()
