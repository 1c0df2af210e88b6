import Testing
@testable import PyFrontend

/// Expressions covering Python's precedence table and f-string forms, with CPython's dump.
let goldenExpressions: [(source: String, dump: String)] = [
    (#"-2**2"#, #"UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))"#),
    (#"2**-1"#, #"BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)))"#),
    (#"2**3**2"#, #"BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2)))"#),
    (#"-x.y"#, #"UnaryOp(op=USub(), operand=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()))"#),
    (#"not a == b"#, #"UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]))"#),
    (#"not a and b"#, #"BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())])"#),
    (#"a or b and c"#, #"BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])])"#),
    (#"a and b or c"#, #"BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())])"#),
    (#"a | b ^ c & d"#, #"BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=Name(id='d', ctx=Load()))))"#),
    (#"a << b + c"#, #"BinOp(left=Name(id='a', ctx=Load()), op=LShift(), right=BinOp(left=Name(id='b', ctx=Load()), op=Add(), right=Name(id='c', ctx=Load())))"#),
    (#"a + b * c"#, #"BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Name(id='c', ctx=Load())))"#),
    (#"a * b + c"#, #"BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Mult(), right=Name(id='b', ctx=Load())), op=Add(), right=Name(id='c', ctx=Load()))"#),
    (#"a - b - c"#, #"BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load()))"#),
    (#"a / b // c % d @ e"#, #"BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Div(), right=Name(id='b', ctx=Load())), op=FloorDiv(), right=Name(id='c', ctx=Load())), op=Mod(), right=Name(id='d', ctx=Load())), op=MatMult(), right=Name(id='e', ctx=Load()))"#),
    (#"~a ** b"#, #"UnaryOp(op=Invert(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=Name(id='b', ctx=Load())))"#),
    (#"a < b == c"#, #"Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])"#),
    (#"a in b not in c is d is not e"#, #"Compare(left=Name(id='a', ctx=Load()), ops=[In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])"#),
    (#"a if b else c if d else e"#, #"IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load())))"#),
    (#"lambda: a if b else c"#, #"Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))"#),
    (#"a | b < c"#, #"Compare(left=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=Name(id='b', ctx=Load())), ops=[Lt()], comparators=[Name(id='c', ctx=Load())])"#),
    (#"-a * b"#, #"BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Mult(), right=Name(id='b', ctx=Load()))"#),
    (#"await x ** 2"#, #"BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2))"#),
    (#"not -a"#, #"UnaryOp(op=Not(), operand=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())))"#),
    (#"a if b or c else d and e"#, #"IfExp(test=BoolOp(op=Or(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), body=Name(id='a', ctx=Load()), orelse=BoolOp(op=And(), values=[Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))"#),
    (#"x[a:b, c]"#, #"Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='a', ctx=Load()), upper=Name(id='b', ctx=Load())), Name(id='c', ctx=Load())], ctx=Load()), ctx=Load())"#),
    (#"f(*a, **b)(c)"#, #"Call(func=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='b', ctx=Load()))]), args=[Name(id='c', ctx=Load())], keywords=[])"#),
    (#"a.b[c](d).e"#, #"Attribute(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), attr='e', ctx=Load())"#),
    (#"(a, b)"#, #"Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())"#),
    (#"a, b"#, #"Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())"#),
    (#"[a for b in c if d for e in f]"#, #"ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load())], is_async=0), comprehension(target=Name(id='e', ctx=Store()), iter=Name(id='f', ctx=Load()), ifs=[], is_async=0)])"#),
    (#"{**a, 'b': c}"#, #"Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Name(id='c', ctx=Load())])"#),
    (#"(x := 1)"#, #"NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))"#),
    (#"a < b < c"#, #"Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])"#),
    (#"a + -b"#, #"BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))"#),
    (#"a ** -b ** c"#, #"BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))"#),
    (#"a if not b else c"#, #"IfExp(test=UnaryOp(op=Not(), operand=Name(id='b', ctx=Load())), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))"#),
    (#"lambda x=1, *y, z, **w: (x, y)"#, #"Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='w'), defaults=[Constant(value=1)]), body=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()))"#),
    (#"f'{a!r:>{w}} {b=}'"#, #"JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' b='), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114)])"#),
    (#"f'{x = }' 'y'"#, #"JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='y')])"#),
    (#"'a' f'b{c}d' 'e'"#, #"JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='de')])"#),
    (#"f'{x:.2f}'"#, #"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))])"#),
    (#"f'{x:,}'"#, #"JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value=',')]))])"#),
    (#"f'{"q"}'"#, #"JoinedStr(values=[FormattedValue(value=Constant(value='q'), conversion=-1)])"#),
    (#"f"{f'{x}'}""#, #"JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)])"#),
    (#"f'{a, b}'"#, #"JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)])"#),
]

@Test(arguments: goldenExpressions.indices)
func expressionMatchesCPython(index: Int) {
    let (source, dump) = goldenExpressions[index]
    #expect(exprDump(source) == dump, "\(source)")
}
