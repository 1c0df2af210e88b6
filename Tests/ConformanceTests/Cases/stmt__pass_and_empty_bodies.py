# pass, Ellipsis bodies, docstring-only functions and classes
def nothing():
    pass
def docs_only():
    """Only a docstring."""
def ellipsis_body():
    ...
class Empty:
    pass
class DocOnly:
    """Doc."""
print(nothing(), docs_only(), ellipsis_body())
print(docs_only.__doc__, DocOnly.__doc__, nothing.__doc__)
print(type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
print(...)
