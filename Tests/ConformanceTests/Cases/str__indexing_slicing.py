# str: indexing and slicing incl. negative indices, steps, out-of-range slices
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[3:100])
print(s[2:8:3], s[len(s)::-3])
print(s[None:4], s[4:None])
print("x"[0], ""[:5] == "")
t = "hello"
print(t[1:-1], t[-2:], t[:-10] == "")
