# any / all: empty iterables, short-circuit with generators, truthiness of values
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), calls)
calls.clear()
print(all(check(x) for x in [3, 4, 1, 9]), calls)
print(any("abc"), all(""), any({0: "a"}), all({1: 0}))
nums = [2, 4, 6]
print(all(n % 2 == 0 for n in nums), any(n > 5 for n in nums))
