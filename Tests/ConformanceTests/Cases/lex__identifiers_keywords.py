# Identifiers: unicode names, underscores, soft keywords as names, builtins shadowing
_private = 1
__dunder_like = 2
café = 3
π = 3.14159
x1_y2 = 4
print(_private, __dunder_like, café, π, x1_y2)
match = 5
case = 6
type_ = 7
_ = 8
print(match, case, type_, _)
print("abc".isidentifier(), "1abc".isidentifier(), "café".isidentifier(), "a-b".isidentifier())
print("def".isidentifier(), "_".isidentifier(), "".isidentifier())
list_ = list
print(list_("ab"))
