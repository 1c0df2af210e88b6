# String literal forms: single/double/triple quotes, raw, implicit concatenation
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
print(a, b)
print(c)
print(d)
print(repr(c))
e = r'raw\nstring\t'
print(e, len(e))
f = R"C:\path\to"
print(f)
g = "implicit" ' concat' """ triple"""
print(g)
h = ("multi"
     "line"
     "concat")
print(h)
print('it\'s', "say \"hi\"")
print("""He said "yes" and 'no'""")
print(r"\d+\.\d+")
print('a' 'b' == 'ab')
print('line1\
line2')
