# Comments, line continuation, semicolons, and parenthesized multi-line expressions
x = 1 + \
    2 + \
    3
print(x)  # trailing comment
y = (1 +
     2 +  # comment inside parens
     3)
print(y)
a = 1; b = 2; c = a + b
print(a, b, c)
lst = [
    1,
    2,
    3,  # trailing comma
]
print(lst)
d = {
    'k': 1,
    'j': 2,
}
print(d)
if True: print("one-liner if")
for i in range(2): print("loop", i)
# a comment with "quotes" and 'apostrophes' and \ backslash
print("# not a comment")
