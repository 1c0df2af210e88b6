# uncaught ZeroDivisionError from integer floor division three frames deep
def average(values):
    return sum(values) // len(values)
def report(groups):
    for name, vals in groups.items():
        print(name, average(vals))
print(average([5, 6]))
try:
    average([])
except ZeroDivisionError as e:
    print("handled:", e)
def main():
    report({"a": [1, 2, 3], "b": [10, 20], "c": []})
main()
