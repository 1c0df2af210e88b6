# for-else idiom for search, while-else with break, else not run after break
def find_first(items, pred):
    for idx, item in enumerate(items):
        if pred(item):
            print("found at", idx)
            break
    else:
        print("not found")
        return None
    return item
print(find_first([1, 3, 8, 5], lambda x: x % 2 == 0))
print(find_first([1, 3, 5], lambda x: x % 2 == 0))
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts == 3:
        print("success on attempt", attempts)
        break
else:
    print("all attempts failed")
attempts = 0
while attempts < 2:
    attempts += 1
else:
    print("exhausted after", attempts)
