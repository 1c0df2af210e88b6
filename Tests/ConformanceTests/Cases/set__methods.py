# set methods: add discard remove pop clear copy update, KeyError on remove, strings sorted for output
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.discard(99)
s.discard(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__ + ":", e)
s.update([5, 6], (7,))
print(s)
t = s.copy()
t.clear()
print(t, s)
words = {"pear", "apple", "fig"}
words.add("kiwi")
print(sorted(words), len(words), "fig" in words)
print(sorted(set("mississippi")))
print({x % 3 for x in range(10)})
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s.add({})
except TypeError as e:
    print(type(e).__name__ + ":", e)
only = {7}
print(only.pop(), only)
