# f-strings with different quote styles, triple-quoted f-strings, braces, and escapes outside expressions
name = "Zoe"
items = {"a": 1}
print(f'single {name}')
print(f"double {items['a']}")
print(f'''triple single {name!r}''')
print(f"""triple double
line2 {name.lower()}""")
print(f"tab\t{name}\nnewline")
print(f"{{}} {{{name}}} {{name}}")
print(f"{'quoted'} {'a' + 'b'} {name + '!'}")
nl = "\n"
print(f"joined: {nl.join(['x', 'y'])}")
print(f"{name:>{len(name) + 3}}")
