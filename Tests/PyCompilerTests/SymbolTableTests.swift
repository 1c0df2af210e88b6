import Testing
@testable import PyCompiler
import PyFrontend

/// The symbol table of `source`.
private func symbols(_ source: String) throws -> SymbolTable {
    try SymbolTableBuilder.build(Python.parse(source), diagnostics: Diagnostics(filename: "t.py", source: source))
}

/// The scope with `name` found depth first under `scope`.
private func find(_ scope: Scope, _ name: String) -> Scope? {
    if scope.name == name { return scope }
    for child in scope.children {
        if let found = find(child, name) { return found }
    }
    return nil
}

/// `name:scope` for every symbol of the scope, sorted, e.g. `["x:local", "y:free"]`.
private func classification(_ source: String, _ scopeName: String) throws -> [String] {
    let table = try symbols(source)
    guard let scope = find(table.module, scopeName) else { return ["no scope \(scopeName)"] }
    return scope.scopes.map { "\($0.key):\($0.value)" }.sorted()
}

@Test func nestedFunctionsClassifyLocalCellFreeAndGlobal() throws {
    let source = """
    g = 1
    def outer(a):
        b = 2
        def inner():
            nonlocal b
            b += a
            return g, len
        return inner
    """
    #expect(try classification(source, "outer") == ["a:cell", "b:cell", "inner:local"])
    #expect(try classification(source, "inner") == ["a:free", "b:free", "g:globalImplicit", "len:globalImplicit"])
}

@Test func freeVariablesPassThroughIntermediateScopes() throws {
    let source = """
    def a():
        x = 1
        def b():
            def c():
                return x
            return c
        return b
    """
    #expect(try classification(source, "a") == ["b:local", "x:cell"])
    #expect(try classification(source, "b") == ["c:local", "x:free"])
    #expect(try classification(source, "c") == ["x:free"])
}

@Test func explicitGlobalDeclarations() throws {
    let source = """
    def f():
        global x
        x = 1
        def g():
            return x
    """
    #expect(try classification(source, "f") == ["g:local", "x:globalExplicit"])
    #expect(try classification(source, "g") == ["x:globalImplicit"])
}

@Test func classNamesAreInvisibleToMethods() throws {
    let source = """
    def f():
        x = 1
        class C:
            x = 2
            y = x
            def m(self):
                return x
    """
    #expect(try classification(source, "C") == ["m:local", "x:local", "y:local"])
    #expect(try classification(source, "m") == ["self:local", "x:free"])
    let table = try symbols(source)
    let c = try #require(find(table.module, "C"))
    // The class binds `x` itself but must pass the function's cell through to `m`.
    #expect(c.freevars == ["x"])
    #expect(c.flags(of: "x").contains(.freeClass))
    #expect(try classification(source, "f") == ["C:local", "x:cell"])
}

@Test func superAndDunderClassMakeTheClassCell() throws {
    let source = """
    class A:
        def f(self):
            return super().f()
    class B:
        def g(self):
            return __class__
    class C:
        def h(self):
            return 1
    """
    let table = try symbols(source)
    for name in ["A", "B"] {
        let scope = try #require(find(table.module, name))
        #expect(scope.needsClassClosure)
        #expect(scope.cellvars == ["__class__"])
    }
    #expect(try #require(find(table.module, "C")).needsClassClosure == false)
    #expect(try classification(source, "f") == ["__class__:free", "self:local", "super:globalImplicit"])
}

@Test func comprehensionsGetTheirOwnScope() throws {
    let source = """
    def f(xs, k):
        return [x * k for x in xs if x]
    """
    #expect(try classification(source, "<listcomp>") == [".0:local", "k:free", "x:local"])
    #expect(try classification(source, "f") == ["k:cell", "xs:local"])
    let table = try symbols(source)
    #expect(try #require(find(table.module, "<listcomp>")).varnames == [".0", "x"])
}

@Test func walrusInComprehensionBindsInEnclosingFunction() throws {
    let source = """
    def f(xs):
        ys = [last := x for x in xs]
        return last
    """
    #expect(try classification(source, "f") == ["last:cell", "xs:local", "ys:local"])
    #expect(try classification(source, "<listcomp>") == [".0:local", "last:free", "x:local"])
    let module = "zs = [last := x for x in xs]"
    #expect(try classification(module, "<listcomp>") == [".0:local", "last:globalExplicit", "x:local"])
}

@Test func parametersComeFirstInSlotOrder() throws {
    let source = "def f(a, /, b, *args, c, **kw):\n    z = 1\n    y = 2"
    let table = try symbols(source)
    #expect(try #require(find(table.module, "f")).varnames == ["a", "b", "c", "args", "kw", "z", "y"])
}

@Test func privateNamesAreMangledInClasses() throws {
    let source = """
    class Foo:
        __x = 1
        def m(self, __y):
            return self.__z, __y
    """
    #expect(try classification(source, "Foo") == ["_Foo__x:local", "m:local"])
    #expect(try classification(source, "m") == ["_Foo__y:local", "self:local"])
    let code = try compileVerified(source)
    #expect(try #require(codeObject(code, "Foo.m")).names.contains("_Foo__z"))
}

@Test func generatorAndCoroutineFlags() throws {
    let code = try compileVerified("""
    def gen():
        yield 1
    async def coro():
        await x
    async def agen():
        yield 1
    def plain():
        return lambda: (yield)
    """)
    #expect(try #require(codeObject(code, "gen")).flags == .generator)
    #expect(try #require(codeObject(code, "coro")).flags == .coroutine)
    #expect(try #require(codeObject(code, "agen")).flags == .asyncGenerator)
    #expect(try #require(codeObject(code, "plain")).flags == [])
    #expect(try #require(codeObject(code, "plain.<locals>.<lambda>")).flags == .generator)
    #expect(code.flags == .module)
}

@Test(arguments: [
    ("x = await f()", true),
    ("async for x in y: pass", true),
    ("async with a: pass", true),
    ("x = [a async for a in b]", true),
    ("x = [await a for a in b]", true),
    ("async def f():\n    await g()", false),
    ("x = [a for a in b]", false),
    ("g = (a async for a in b)", true),
    ("g = (a for a in b)", false),
    ("async def f():\n    return [x async for x in y]", false),
])
func moduleIsCoroutineOnlyForTopLevelAwait(source: String, isCoroutine: Bool) throws {
    let code = try compileVerified(source)
    #expect(code.flags.contains(.module))
    #expect(code.flags.contains(.coroutine) == isCoroutine)
}
