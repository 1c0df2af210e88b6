import Testing
@testable import PyFrontend

/// Sources with the `ast.dump` CPython 3.11 produces for them (3.12 only adds `type_params`).
let goldenDumps: [(source: String, dump: String)] = [
    (#"x = 1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"x = (1)"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"(x) = 1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"(x): int = 1"#, #"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"#),
    (#"x.y: int"#, #"Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"#),
    (#"a[1]: int = 2"#, #"Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=2), simple=0)], type_ignores=[])"#),
    (#"f(x for x in y)"#, #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"#),
    (#"f((x for x in y), z)"#, #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), Name(id='z', ctx=Load())], keywords=[]))], type_ignores=[])"#),
    (#"f(a, *b, c=1, **d)"#, #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"#),
    (#"f(*a, *b)"#, #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])"#),
    (#"f(**a, b=1)"#, #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"#),
    (#"a[1:2:3]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"#),
    (#"a[::]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"#),
    (#"a[:, 1]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"#),
    (#"a[1,]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"#),
    (#"a[*b]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"#),
    (#"a[b:=1]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"#),
    (#"a[x, *y]"#, #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"#),
    (#"""
def f():
    x = yield from g()
    return (yield)
"""#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), Return(value=Yield())], decorator_list=[])], type_ignores=[])"#),
    (#"-2**2"#, #"Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"#),
    (#"2**-1"#, #"Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"#),
    (#"a**b**c"#, #"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])"#),
    (#"not not a"#, #"Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"#),
    (#"a if b else c if d else e"#, #"Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"#),
    (#"lambda x: lambda y: x + y"#, #"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', ctx=Load())))))], type_ignores=[])"#),
    (#"a < b < c"#, #"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"#),
    (#"a is not b"#, #"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"#),
    (#"a not in b"#, #"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"#),
    (#"x = *a, *b"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"#),
    (#"[*a, *b]"#, #"Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"#),
    (#"{**a, **b}"#, #"Module(body=[Expr(value=Dict(keys=[None, None], values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])"#),
    (#"print('a' 'b')"#, #"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value='ab')], keywords=[]))], type_ignores=[])"#),
    (#"f'{x}' 'y' f'{z!s:>{w}}'"#, #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='y'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"#),
    (#"f'{x=}'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"#),
    (#"f'{x = }'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"#),
    (#"f'{x=:>10}'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"#),
    (#"f'{x=!s}'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"#),
    (#"f'{ x = }'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"#),
    (#"f'{{a}} {b}'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='{a} '), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"#),
    (#"f'{a:{b}.{c}f}'"#, #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"#),
    (#"f''"#, #"Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])"#),
    (#"f'{x:}'"#, #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"#),
    (#"f'a' f'b'"#, #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab')]))], type_ignores=[])"#),
    (#"x = 0o17 + 0b101 + 0xdead_beef"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=15), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=3735928559)))], type_ignores=[])"#),
    (#"x = 1e10 + 1.5.real if False else 0"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=False), body=BinOp(left=Constant(value=10000000000.0), op=Add(), right=Attribute(value=Constant(value=1.5), attr='real', ctx=Load())), orelse=Constant(value=0)))], type_ignores=[])"#),
    (#"x = .5 + 5. + 1_0.0_1e+1_0"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=0.5), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=100100000000.0)))], type_ignores=[])"#),
    (#"for x in a, b: pass"#, #"Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#),
    (#"for x, in a: pass"#, #"Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='a', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#),
    (#"for *a, b in c: pass"#, #"Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#),
    (#"with a: pass"#, #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"#),
    (#"with (a): pass"#, #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"#),
    (#"with (a, b): pass"#, #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"#),
    (#"with (a, b) as c: pass"#, #"Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"#),
    (#"with (a as b): pass"#, #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"#),
    (#"with (x): pass"#, #"Module(body=[With(items=[withitem(context_expr=Name(id='x', ctx=Load()))], body=[Pass()])], type_ignores=[])"#),
    (#"with a as b.c, d as e[0]: pass"#, #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Subscript(value=Name(id='e', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()])], type_ignores=[])"#),
    (#"""
try:
    pass
except:
    pass
"""#, #"Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"#),
    (#"""
try:
    pass
finally:
    pass
"""#, #"Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"#),
    (#"""
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
"""#, #"Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"#),
    (#"class A: pass"#, #"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"class A(): pass"#, #"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"class A(B, *C, x=1, **k): pass"#, #"Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Starred(value=Name(id='C', ctx=Load()), ctx=Load())], keywords=[keyword(arg='x', value=Constant(value=1)), keyword(value=Name(id='k', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a, b=1, /, c=2, *d, e, f=3, **g): pass"#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(*, a): pass"#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a, /): pass"#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a: int, *b: str, **c: float) -> None: pass"#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='c', annotation=Name(id='float', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"#),
    (#"lambda *a, **k: 0"#, #"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[])"#),
    (#"lambda a, /, b: 0"#, #"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"#),
    (#"import a.b.c as d"#, #"Module(body=[Import(names=[alias(name='a.b.c', asname='d')])], type_ignores=[])"#),
    (#"from . import *"#, #"Module(body=[ImportFrom(names=[alias(name='*')], level=1)], type_ignores=[])"#),
    (#"from .... import x"#, #"Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])"#),
    (#"from ...a import b"#, #"Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=3)], type_ignores=[])"#),
    (#"x = [i for i in range(3) if i if not i]"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[Name(id='i', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='i', ctx=Load()))], is_async=0)]))], type_ignores=[])"#),
    (#"{k: v for k, v in x}"#, #"Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#),
    (#"{x for x in y}"#, #"Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#),
    (#"""
async def f():
    async for a in b: pass
    async with c as d, e: pass
    await x
    [await y async for y in z]
"""#, #"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store())), withitem(context_expr=Name(id='e', ctx=Load()))], body=[Pass()]), Expr(value=Await(value=Name(id='x', ctx=Load()))), Expr(value=ListComp(elt=Await(value=Name(id='y', ctx=Load())), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"#),
    (#"x = not a == b"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"#),
    (#"x = a or b or c and d and e"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])]))], type_ignores=[])"#),
    (#"x = (a or b) or c"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"#),
    (#"x = a | b | c"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=Name(id='b', ctx=Load())), op=BitOr(), right=Name(id='c', ctx=Load())))], type_ignores=[])"#),
    (#"print(1 if x else 2, end='')"#, #"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2))], keywords=[keyword(arg='end', value=Constant(value=''))]))], type_ignores=[])"#),
    (#"x = a[b][c](d)(e).f.g"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Call(func=Call(func=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), args=[Name(id='e', ctx=Load())], keywords=[]), attr='f', ctx=Load()), attr='g', ctx=Load()))], type_ignores=[])"#),
    (#"x = ((a))"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='a', ctx=Load()))], type_ignores=[])"#),
    (#"x = ([a])"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"#),
    (#"del x"#, #"Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"#),
    (#"del (a, b)"#, #"Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"#),
    (#"del [a, b], c"#, #"Module(body=[Delete(targets=[List(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), Name(id='c', ctx=Del())])], type_ignores=[])"#),
    (#"del (a)"#, #"Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])"#),
    (#"x = 'a\nb\t\x41\u00e9\U0001F600\101\q'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\nb\tAé😀A\\q'))], type_ignores=[])"#),
    (#"x = b'\x00\xff\101\q'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\x00\xffA\\q'))], type_ignores=[])"#),
    (#"x = r'\n\q'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\q'))], type_ignores=[])"#),
    (#"""
x = '''a
b'''
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\nb'))], type_ignores=[])"#),
    (#"""
x = 'a\
b'
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"#),
    (#"""
if x:

    # comment

    y
"""#, #"Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])"#),
    (#"""
x = (1 +
     2)
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"#),
    (#"""
x = 1 + \
    2
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"#),
    (#"""
if x:
	if y:
		pass
"""#, #"Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], type_ignores=[])"#),
    (#"""
def f():
    pass
  # dedented comment
x = 1
"""#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"""
@a.b(c)
def f(): pass
"""#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[])])], type_ignores=[])"#),
    (#"""
@(lambda f: f)
class C: pass
"""#, #"Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))])], type_ignores=[])"#),
    (#"x = a.b.c"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"#),
    (#"x[...] = 1"#, #"Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=Ellipsis), ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"raise"#, #"Module(body=[Raise()], type_ignores=[])"#),
    (#"raise E"#, #"Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"#),
    (#"return_ = 1"#, #"Module(body=[Assign(targets=[Name(id='return_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"x = None, True, False"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"#),
    (#"match = 1"#, #"Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"match(x)"#, #"Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"#),
    (#"type = 5"#, #"Module(body=[Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=5))], type_ignores=[])"#),
    (#"print(type(x))"#, #"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Call(func=Name(id='type', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])], keywords=[]))], type_ignores=[])"#),
    (#"_ = 1"#, #"Module(body=[Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"""
x = [
    1,
    2,
]
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"#),
    (#"""
x = {
 'a': 1,
 'b': [1, 2],
}
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a'), Constant(value='b')], values=[Constant(value=1), List(elts=[Constant(value=1), Constant(value=2)], ctx=Load())]))], type_ignores=[])"#),
    (#"""
f(
    a,
    b=2,
)
"""#, #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=2))]))], type_ignores=[])"#),
    (#"x = f'{"nested"}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='nested'), conversion=-1)]))], type_ignores=[])"#),
    (#"x = f'{x!r}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"#),
    (#"x = f'{3.14:.2f}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])"#),
    (#"x = f'{a:,}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value=',')]))]))], type_ignores=[])"#),
    (#"x = f'{a["k"]:>10}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"#),
    (#"""
x = f'''{
a
}'''
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[])"#),
    (#"x = f'{x:w}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='w')]))]))], type_ignores=[])"#),
    (#"x = f'{(lambda: 1)}'"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), conversion=-1)]))], type_ignores=[])"#),
    (#"x = a if b else lambda: c"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"#),
    (#"x = [a for b in c for d in e]"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='d', ctx=Store()), iter=Name(id='e', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#),
    (#"""
def g():
    x = (yield)
"""#, #"Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])"#),
    (#"assert x"#, #"Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"#),
    (#"global a, b"#, #"Module(body=[Global(names=['a', 'b'])], type_ignores=[])"#),
    (#"""
def f():
    global x
    nonlocal_ = 1
"""#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['x']), Assign(targets=[Name(id='nonlocal_', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"#),
    (#"""
def f():
    def g():
        nonlocal x
"""#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])], decorator_list=[])], type_ignores=[])"#),
    (#"a, *b = c"#, #"Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#),
    (#"[a, b] = c"#, #"Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#),
    (#"(a, b) = c"#, #"Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#),
    (#"a = b, = c"#, #"Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#),
    (#"x = 1;"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"x = 1; y = 2"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"#),
    (#"pass; pass"#, #"Module(body=[Pass(), Pass()], type_ignores=[])"#),
    (#"x = -1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"#),
    (#"x = +1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=UAdd(), operand=Constant(value=1)))], type_ignores=[])"#),
    (#"x = ~1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Invert(), operand=Constant(value=1)))], type_ignores=[])"#),
    (#"x = - - 1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"#),
    (#"x = a @ b"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())))], type_ignores=[])"#),
    (#"x @= 2"#, #"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Constant(value=2))], type_ignores=[])"#),
    (#"x **= 2"#, #"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2))], type_ignores=[])"#),
    (#"x //= 2"#, #"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2))], type_ignores=[])"#),
    (#"x >>= 1"#, #"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1))], type_ignores=[])"#),
    (#"""
while x:
    pass
else:
    pass
"""#, #"Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"#),
    (#"""
for x in y:
    continue
"""#, #"Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Continue()], orelse=[])], type_ignores=[])"#),
    (#"x = [1, 2][0]"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[])"#),
    (#"x = {1: 2}[1]"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"#),
    (#"x = 'é' + "ü""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value='é'), op=Add(), right=Constant(value='ü')))], type_ignores=[])"#),
    (#"変数 = 1"#, #"Module(body=[Assign(targets=[Name(id='変数', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"""
x = '''\
'''
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_ignores=[])"#),
    (#"""
if True:
    x = 1
    
    y = 2
"""#, #"Module(body=[If(test=Constant(value=True), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"#),
    (#"x = 1 if y else 2"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"#),
    (#"x = a.b(c=d)[e]"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load()))]), slice=Name(id='e', ctx=Load()), ctx=Load()))], type_ignores=[])"#),
    (#"f(a)(b)(c)"#, #"Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"#),
    (#"print(f'{x:%Y-%m-%d}')"#, #"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))])], keywords=[]))], type_ignores=[])"#),
    (#"x = (a for b in c)"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#),
    (#"sum(x for x in y)"#, #"Module(body=[Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"#),
    (#"max(d, key=d.get)"#, #"Module(body=[Expr(value=Call(func=Name(id='max', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[keyword(arg='key', value=Attribute(value=Name(id='d', ctx=Load()), attr='get', ctx=Load()))]))], type_ignores=[])"#),
    (#"sorted(x, key=lambda kv: (-kv[1], kv[0]))"#, #"Module(body=[Expr(value=Call(func=Name(id='sorted', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[keyword(arg='key', value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='kv')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Tuple(elts=[UnaryOp(op=USub(), operand=Subscript(value=Name(id='kv', ctx=Load()), slice=Constant(value=1), ctx=Load())), Subscript(value=Name(id='kv', ctx=Load()), slice=Constant(value=0), ctx=Load())], ctx=Load())))]))], type_ignores=[])"#),
    (#"x = [*range(3)]"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ctx=Load())], ctx=Load()))], type_ignores=[])"#),
    (#"a.b = c.d = 1"#, #"Module(body=[Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"x = {'a': 1, **b, 'c': 2}"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a'), None, Constant(value='c')], values=[Constant(value=1), Name(id='b', ctx=Load()), Constant(value=2)]))], type_ignores=[])"#),
    (#"def f(a=1, *, b): pass"#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a, b=1, *args, c, d=2, **kw): pass"#, #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"async def f(): return await g()"#, #"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Await(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[])))], decorator_list=[])], type_ignores=[])"#),
    (#"""
x = 0
x = 00
x = 0_0
"""#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0)), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0)), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"#),
    (#"x = 1if y else 2"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"#),
    (#"x = 0x_1"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"x = 1_000_000"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000000))], type_ignores=[])"#),
    (#"x = 0.0"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0))], type_ignores=[])"#),
    (#"x = 1e-5"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e-05))], type_ignores=[])"#),
    (#"x = 1E+5"#, #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=100000.0))], type_ignores=[])"#),
    (#"""
class A:
    def f(self):
        return self.x

    @property
    def g(self): return 1
"""#, #"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[]), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[Name(id='property', ctx=Load())])], decorator_list=[])], type_ignores=[])"#),
    (#"""
try:
    x
except A as e:
    pass
except (B, C):
    pass
else:
    pass
finally:
    pass
"""#, #"Module(body=[Try(body=[Expr(value=Name(id='x', ctx=Load()))], handlers=[ExceptHandler(type=Name(id='A', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"#),
]

@Test(arguments: goldenDumps.indices)
func goldenDumpMatchesCPython(index: Int) throws {
    let (source, dump) = goldenDumps[index]
    let module = try Python.parse(source + "\n")
    #expect(module.dump() == dump, "\(source)")
}
