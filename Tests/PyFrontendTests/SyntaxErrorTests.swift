import Testing
@testable import PyFrontend

@Suite struct ParserErrorMessages {
    @Test func missingColonAndBlocks() {
        #expect(errorSummary("if x\n    pass\n") == "SyntaxError: expected ':' @1:5")
        #expect(errorSummary("while x\n    pass\n") == "SyntaxError: expected ':' @1:8")
        #expect(errorSummary("for x in y\n    pass\n") == "SyntaxError: expected ':' @1:11")
        #expect(errorSummary("def f()\n    pass\n") == "SyntaxError: expected ':' @1:8")
        #expect(errorSummary("class A\n    pass\n") == "SyntaxError: expected ':' @1:8")
        #expect(errorSummary("try\n    pass\n") == "SyntaxError: expected ':' @1:4")
        #expect(errorSummary("def f:\n    pass\n") == "SyntaxError: expected '(' @1:6")
        #expect(errorSummary("try:\n    pass\n") == "SyntaxError: expected 'except' or 'finally' block @2:9")
    }

    @Test func indentation() {
        #expect(errorSummary("x = 1\n  y = 2\n") == "IndentationError: unexpected indent @2:2")
        #expect(errorSummary("if x:\npass\n") == "IndentationError: expected an indented block after 'if' statement on line 1 @2:1")
        #expect(errorSummary("if x:\n    pass\nelif y:\npass\n")
            == "IndentationError: expected an indented block after 'elif' statement on line 3 @4:1")
        #expect(errorSummary("if x:\n    pass\nelse:\npass\n")
            == "IndentationError: expected an indented block after 'else' statement on line 3 @4:1")
        #expect(errorSummary("for x in y:\npass\n") == "IndentationError: expected an indented block after 'for' statement on line 1 @2:1")
        #expect(errorSummary("while x:\npass\n") == "IndentationError: expected an indented block after 'while' statement on line 1 @2:1")
        #expect(errorSummary("with x:\npass\n") == "IndentationError: expected an indented block after 'with' statement on line 1 @2:1")
        #expect(errorSummary("try:\npass\n") == "IndentationError: expected an indented block after 'try' statement on line 1 @2:1")
        #expect(errorSummary("try:\n    x\nexcept E:\npass\n")
            == "IndentationError: expected an indented block after 'except' statement on line 3 @4:1")
        #expect(errorSummary("try:\n    x\nfinally:\npass\n")
            == "IndentationError: expected an indented block after 'finally' statement on line 3 @4:1")
        #expect(errorSummary("def f():\nreturn\n") == "IndentationError: expected an indented block after function definition on line 1 @2:1")
        #expect(errorSummary("class C:\npass\n") == "IndentationError: expected an indented block after class definition on line 1 @2:1")
        #expect(errorSummary("if x:\n    a\n  b\n") == "IndentationError: unindent does not match any outer indentation level @3:4")
        #expect(errorSummary("if x:\n\tpass\n        pass\n") == "TabError: inconsistent use of tabs and spaces in indentation @3:1")
    }

    @Test func brackets() {
        #expect(errorSummary("x = (1, 2\n") == "SyntaxError: '(' was never closed @1:5")
        #expect(errorSummary("foo(\n  a,\n  b\n") == "SyntaxError: '(' was never closed @1:4")
        #expect(errorSummary("x = [1, 2)\n") == "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' @1:10")
        #expect(errorSummary("x = 1)\n") == "SyntaxError: unmatched ')' @1:6")
        #expect(errorSummary("x = ]\n") == "SyntaxError: unmatched ']' @1:5")
        #expect(errorSummary("x = [1, 2, 3\ny = 4\n") == "SyntaxError: '[' was never closed @1:5")
    }

    @Test func missingComma() throws {
        let error = try #require(parseError("print(a b)\n"))
        #expect(error.message == "invalid syntax. Perhaps you forgot a comma?")
        #expect((error.line, error.column, error.endColumn) == (1, 7, 10))
        #expect(errorSummary("x = [1, 2 3]\n") == "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:9")
        #expect(errorSummary("x = {1: 2 3: 4}\n") == "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:9")
        #expect(errorSummary("x = 1 2\n") == "SyntaxError: invalid syntax @1:7")
    }

    @Test func assignmentTargets() {
        #expect(errorSummary("f() = 1\n") == "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1")
        #expect(errorSummary("1 = x\n") == "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1")
        #expect(errorSummary("a + 1 = 2\n") == "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @1:1")
        #expect(errorSummary("x = y = f() = 1\n") == "SyntaxError: cannot assign to function call @1:9")
        #expect(errorSummary("(a, 1) = x\n") == "SyntaxError: cannot assign to literal @1:5")
        #expect(errorSummary("[a, f()] = x\n") == "SyntaxError: cannot assign to function call @1:5")
        #expect(errorSummary("True = 1\n") == "SyntaxError: cannot assign to True @1:1")
        #expect(errorSummary("None = 1\n") == "SyntaxError: cannot assign to None @1:1")
        #expect(errorSummary("x = yield = 1\n") == "SyntaxError: assignment to yield expression not possible @1:5")
        #expect(errorSummary("f() += 1\n") == "SyntaxError: 'function call' is an illegal expression for augmented assignment @1:1")
        #expect(errorSummary("a, b += 1\n") == "SyntaxError: 'tuple' is an illegal expression for augmented assignment @1:1")
        #expect(errorSummary("del f()\n") == "SyntaxError: cannot delete function call @1:5")
        #expect(errorSummary("del 1\n") == "SyntaxError: cannot delete literal @1:5")
        #expect(errorSummary("del *a\n") == "SyntaxError: cannot delete starred @1:5")
        #expect(errorSummary("for f() in x: pass\n") == "SyntaxError: cannot assign to function call @1:5")
        #expect(errorSummary("with a as f(): pass\n") == "SyntaxError: cannot assign to function call @1:11")
        #expect(errorSummary("[x for f() in y]\n") == "SyntaxError: cannot assign to function call @1:8")
        #expect(errorSummary("a, b: int\n") == "SyntaxError: only single target (not tuple) can be annotated @1:1")
        #expect(errorSummary("[a]: int\n") == "SyntaxError: only single target (not list) can be annotated @1:1")
        #expect(errorSummary("a + b: int\n") == "SyntaxError: illegal target for annotation @1:1")
        #expect(errorSummary("(a.b := 1)\n") == "SyntaxError: cannot use assignment expressions with attribute @1:2")
        #expect(errorSummary("if x = 1:\n    pass\n") == "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:4")
    }

    @Test func callsAndParameters() {
        #expect(errorSummary("f(a=1, b)\n") == "SyntaxError: positional argument follows keyword argument @1:9")
        #expect(errorSummary("f(**a, b)\n") == "SyntaxError: positional argument follows keyword argument unpacking @1:9")
        #expect(errorSummary("f(**a, *b)\n") == "SyntaxError: iterable argument unpacking follows keyword argument unpacking @1:8")
        #expect(errorSummary("f(a.b=1)\n") == "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @1:3")
        #expect(errorSummary("f(True=1)\n") == "SyntaxError: cannot assign to True @1:3")
        #expect(errorSummary("f(x for x in y, 1)\n") == "SyntaxError: Generator expression must be parenthesized @1:3")
        #expect(errorSummary("def f(a=1, b): pass\n") == "SyntaxError: parameter without a default follows parameter with a default @1:12")
        #expect(errorSummary("def f(a, a): pass\n") == "SyntaxError: duplicate argument 'a' in function definition @1:10")
        #expect(errorSummary("lambda a, a: 0\n") == "SyntaxError: duplicate argument 'a' in function definition @1:11")
        #expect(errorSummary("def f(*): pass\n") == "SyntaxError: named arguments must follow bare * @1:7")
        #expect(errorSummary("def f(**k, a): pass\n") == "SyntaxError: arguments cannot follow var-keyword argument @1:12")
        #expect(errorSummary("def f(a, /, /): pass\n") == "SyntaxError: / may appear only once @1:13")
        #expect(errorSummary("def f(*a, /): pass\n") == "SyntaxError: / must be ahead of * @1:11")
        #expect(errorSummary("f(a=1, a=2)\n") == "SyntaxError: keyword argument repeated: a @1:8")
    }

    @Test func literalsAndMisc() {
        #expect(errorSummary("x = b'a' 'b'\n") == "SyntaxError: cannot mix bytes and nonbytes literals @1:13")
        #expect(errorSummary("x = a if b\n") == "SyntaxError: expected 'else' after 'if' expression @1:5")
        #expect(errorSummary("print 'x'\n") == "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1:1")
        #expect(errorSummary("x = (*a)\n") == "SyntaxError: cannot use starred expression here @1:6")
        #expect(errorSummary("x = (**a)\n") == "SyntaxError: cannot use double starred expression here @1:6")
        #expect(errorSummary("[*a for a in b]\n") == "SyntaxError: iterable unpacking cannot be used in comprehension @1:2")
        #expect(errorSummary("d = {'a': 1, 'b' 2}\n") == "SyntaxError: ':' expected after dictionary key @1:14")
        #expect(errorSummary("from x import a,\n") == "SyntaxError: trailing comma not allowed without surrounding parentheses @1:17")
        #expect(errorSummary("try:\n    pass\nexcept A, B:\n    pass\n") == "SyntaxError: multiple exception types must be parenthesized @3:8")
        #expect(errorSummary("x = \n") == "SyntaxError: invalid syntax @1:5")
        #expect(errorSummary("else = 1\n") == "SyntaxError: invalid syntax @1:1")
        #expect(errorSummary("x = 1 +\n") == "SyntaxError: invalid syntax @1:8")
    }

    @Test func fStrings() {
        #expect(errorSummary("f'{}'\n") == "SyntaxError: f-string: valid expression required before '}' @1:4")
        #expect(errorSummary("f'{!r}'\n") == "SyntaxError: f-string: valid expression required before '!' @1:4")
        #expect(errorSummary("f'{x'\n") == "SyntaxError: f-string: expecting '}' @1:5")
        #expect(errorSummary("f'{x!z}'\n") == "SyntaxError: f-string: invalid conversion character 'z': expected 's', 'r', or 'a' @1:6")
        #expect(errorSummary("f'{x!}'\n") == "SyntaxError: f-string: missing conversion character @1:6")
        #expect(errorSummary("f'{x y}'\n") == "SyntaxError: f-string: expecting '=', or '!', or ':', or '}' @1:6")
        #expect(errorSummary("f'}'\n") == "SyntaxError: f-string: single '}' is not allowed @1:3")
    }

    @Test func unsupportedFeatures() {
        #expect(errorSummary("x = 1j\n") == "SyntaxError: complex numbers are not supported @1:5")
        #expect(errorSummary("match x:\n    case 1:\n        pass\n") == "SyntaxError: match statements are not supported @1:1")
        #expect(errorSummary("type X = int\n") == "SyntaxError: type alias statements are not supported @1:1")
        #expect(errorSummary("def f[T](x): pass\n") == "SyntaxError: type parameter lists are not supported @1:6")
        #expect(errorSummary("class C[T]: pass\n") == "SyntaxError: type parameter lists are not supported @1:8")
        #expect(errorSummary("try:\n    pass\nexcept* E:\n    pass\n") == "SyntaxError: 'except*' is not supported @3:1")
        #expect(errorSummary("match = 1\nmatch(x)\nmatch[0]\nmatch.y = 2\ntype = 3\nprint(type(x))\n") == "ok")
    }

    @Test func firstErrorWinsAndParserErrorsPrecedeCompilerErrors() {
        #expect(errorSummary("return 1\nx = (\n") == "SyntaxError: '(' was never closed @2:5")
        #expect(errorSummary("break\ncontinue\n") == "SyntaxError: 'break' outside loop @1:1")
    }
}

@Suite struct CompilerPhaseErrors {
    @Test func placement() {
        #expect(errorSummary("return 1\n") == "SyntaxError: 'return' outside function @1:1")
        #expect(errorSummary("class A:\n    return 1\n") == "SyntaxError: 'return' outside function @2:5")
        #expect(errorSummary("yield 1\n") == "SyntaxError: 'yield' outside function @1:1")
        #expect(errorSummary("def f():\n    class A:\n        yield\n") == "SyntaxError: 'yield' outside function @3:9")
        #expect(errorSummary("break\n") == "SyntaxError: 'break' outside loop @1:1")
        #expect(errorSummary("continue\n") == "SyntaxError: 'continue' not properly in loop @1:1")
        #expect(errorSummary("for x in y:\n    pass\nelse:\n    break\n") == "SyntaxError: 'break' outside loop @4:5")
        #expect(errorSummary("while x:\n    def f():\n        break\n") == "SyntaxError: 'break' outside loop @3:9")
        #expect(errorSummary("nonlocal x\n") == "SyntaxError: nonlocal declaration not allowed at module level @1:1")
        #expect(errorSummary("def f():\n    from x import *\n") == "SyntaxError: import * only allowed at module level @2:5")
        #expect(errorSummary("try:\n    pass\nexcept:\n    pass\nexcept A:\n    pass\n")
            == "SyntaxError: default 'except:' must be last @3:1")
    }

    @Test func awaitAndAsync() {
        #expect(errorSummary("await x\nasync for a in b: pass\nasync with c: pass\n[y async for y in z]\n") == "ok")
        #expect(errorSummary("def f():\n    await x\n") == "SyntaxError: 'await' outside async function @2:5")
        #expect(errorSummary("lambda: await x\n") == "SyntaxError: 'await' outside async function @1:9")
        #expect(errorSummary("class C:\n    await x\n") == "SyntaxError: 'await' outside function @2:5")
        #expect(errorSummary("def f():\n    async for a in b: pass\n") == "SyntaxError: 'async for' outside async function @2:5")
        #expect(errorSummary("def f():\n    async with a: pass\n") == "SyntaxError: 'async with' outside async function @2:5")
        #expect(errorSummary("def f():\n    return [x async for x in y]\n")
            == "SyntaxError: asynchronous comprehension outside of an asynchronous function @2:15")
        #expect(errorSummary("async def f():\n    await x\n    async for a in b: pass\n    return [await y async for y in z]\n") == "ok")
    }

    @Test func yieldInComprehensions() {
        #expect(errorSummary("def f():\n    return [(yield) for y in z]\n") == "SyntaxError: 'yield' inside list comprehension @2:14")
        #expect(errorSummary("def f():\n    return {(yield) for y in z}\n") == "SyntaxError: 'yield' inside set comprehension @2:14")
        #expect(errorSummary("def f():\n    return ((yield) for y in z)\n") == "SyntaxError: 'yield' inside generator expression @2:14")
        #expect(errorSummary("def f():\n    return {k: (yield) for k in z}\n") == "SyntaxError: 'yield' inside dict comprehension @2:17")
        #expect(errorSummary("def f():\n    return [lambda: (yield) for y in z]\n") == "ok")
        #expect(errorSummary("x = lambda: (yield)\n") == "ok")
    }
}

@Suite struct Rendering {
    @Test func missingColon() throws {
        let error = try #require(parseError("x = 1\ny = 2\nif x\n    pass\n"))
        #expect(error.render() == """
              File "prog.py", line 3
                if x
                    ^
            SyntaxError: expected ':'

            """)
    }

    @Test func caretRangeAndIndentedLine() throws {
        let error = try #require(parseError("def f():\n    print(a b)\n"))
        #expect(error.description == """
              File "prog.py", line 2
                print(a b)
                      ^^^
            SyntaxError: invalid syntax. Perhaps you forgot a comma?

            """)
    }

    @Test func indentationErrorsAndNoCaret() throws {
        let unexpected = try #require(parseError("x = 1\n  y = 2\n"))
        #expect(unexpected.render() == "  File \"prog.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n")
        let expected = try #require(parseError("if x:\ny = 1\n"))
        #expect(expected.render() == """
              File "prog.py", line 2
                y = 1
                ^
            IndentationError: expected an indented block after 'if' statement on line 1

            """)
        let dedent = try #require(parseError("if x:\n    a\n  b = 2\n"))
        #expect(dedent.render() == """
              File "prog.py", line 3
                b = 2
                     ^
            IndentationError: unindent does not match any outer indentation level

            """)
    }

    @Test func caretsCountCharactersNotBytes() throws {
        let error = try #require(parseError("é = f() = 1\n"))
        #expect(error.render() == """
              File "prog.py", line 1
                é = f() = 1
                    ^^^
            SyntaxError: cannot assign to function call

            """)
        let literal = try #require(parseError("x = 'ü' + 012\n"))
        #expect(literal.column == 11)
    }

    @Test func unterminatedString() throws {
        let error = try #require(parseError("x = 1\nname = 'abc\n"))
        #expect(error.render() == """
              File "prog.py", line 2
                name = 'abc
                       ^
            SyntaxError: unterminated string literal (detected at line 2)

            """)
    }
}
