import PyFrontend

/// The first compiler pass (CPython's `symtable.c`): records which names each scope binds,
/// uses and declares, then `analyze()` classifies them as local, global, free or cell.
///
/// Checks made here, with CPython 3.12's messages: misplaced `global`/`nonlocal`, walrus
/// targets in comprehensions, `return` with a value in an async generator and `yield from`
/// in an async function. The parser reports the rest (`return` outside a function …).
final class SymbolTableBuilder {
    let diagnostics: Diagnostics
    private(set) var current: Scope
    let module: Scope
    var scopesByNode: [ScopeKey: Scope] = [:]

    init(diagnostics: Diagnostics) {
        self.diagnostics = diagnostics
        module = Scope(kind: .module, name: "<module>", firstLine: 1, isAsync: false, parent: nil)
        current = module
    }

    /// Builds and analyzes the table of `module`.
    static func build(_ module: Module, diagnostics: Diagnostics) throws(SyntaxError) -> SymbolTable {
        let builder = SymbolTableBuilder(diagnostics: diagnostics)
        try builder.visit(module.body)
        try builder.analyze()
        return SymbolTable(module: builder.module, scopesByNode: builder.scopesByNode)
    }

    // MARK: Scopes

    /// Runs `body` inside a new child scope opened by the node at `range`.
    @discardableResult
    func withScope(_ kind: ScopeKind, name: String, range: SourceRange, tag: ScopeKey.Tag, isAsync: Bool,
                   _ body: (Scope) throws(SyntaxError) -> Void) throws(SyntaxError) -> Scope {
        let scope = Scope(kind: kind, name: name, firstLine: range.start.line, isAsync: isAsync, parent: current)
        scopesByNode[ScopeKey(range, tag)] = scope
        let saved = current
        current = scope
        defer { current = saved }
        try body(scope)
        return scope
    }

    /// Adds a binding or use of `name` in the current scope (CPython `symtable_add_def`).
    func addDef(_ name: String, _ flag: SymbolFlags, at range: SourceRange) throws(SyntaxError) {
        try addDef(name, flag, in: current, at: range)
    }

    func addDef(_ name: String, _ flag: SymbolFlags, in scope: Scope, at range: SourceRange) throws(SyntaxError) {
        let name = mangleName(name, privateName: scope.privateName)
        var flag = flag
        if scope.inIterationTarget {
            if !scope.flags(of: name).intersection([.global, .nonlocal]).isEmpty {
                throw diagnostics.error(
                    "comprehension inner loop cannot rebind assignment expression target '\(name)'", at: range)
            }
            flag.insert(.comprehensionIteration)
        }
        scope.add(name, flag)
    }

    /// Binds every parameter of `args` in the current (new) scope, in slot order.
    func addParameters(_ args: Arguments) throws(SyntaxError) {
        var ordered = args.posonlyargs + args.args + args.kwonlyargs
        if let vararg = args.vararg { ordered.append(vararg) }
        if let kwarg = args.kwarg { ordered.append(kwarg) }
        for parameter in ordered {
            try addDef(parameter.arg, .parameter, at: parameter.range)
            current.parameters.append(mangled(parameter.arg))
        }
    }

    /// `name` as the current scope stores it (private names mangled).
    func mangled(_ name: String) -> String {
        mangleName(name, privateName: current.privateName)
    }

    /// Visits parameter defaults in the enclosing scope (annotations are never evaluated).
    func visitDefaults(_ args: Arguments) throws(SyntaxError) {
        try visit(args.defaults)
        for value in args.kwDefaults {
            if let value { try visit(value) }
        }
    }
}
