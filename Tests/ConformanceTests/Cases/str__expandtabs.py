# str.expandtabs: default tabsize 8, custom sizes, column tracking across newlines
print(repr("a\tb".expandtabs()))
print(repr("a\tb".expandtabs(4)))
print(repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(2)), repr("x\ty\tz".expandtabs(3)))
print(repr("ab\ncd\te".expandtabs(4)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(1)))
table = "name\tqty\tprice\nwidget\t3\t4.50\nnut\t250\t0.05"
print(table.expandtabs(8))
print(table.expandtabs(10))
print(len("\t\t".expandtabs()), len("abc\t".expandtabs(4)), len("abcd\t".expandtabs(4)))
