import PyFrontend

/// The second compiler pass: walks the AST with the symbol table and emits instructions into
/// one `CodeUnit` per scope (CPython's `compile.c`).
final class CodeGenerator {
    let table: SymbolTable
    let diagnostics: Diagnostics
    let filename: String
    /// The unit being compiled; enclosing units wait in `outerUnits`.
    var unit: CodeUnit
    private var outerUnits: [CodeUnit] = []

    init(table: SymbolTable, diagnostics: Diagnostics) {
        self.table = table
        self.diagnostics = diagnostics
        filename = diagnostics.filename
        let start = InstructionLocation(line: 1, endLine: 1, column: 0, endColumn: 0)
        unit = CodeUnit(scope: table.module, name: "<module>", qualifiedName: "<module>", firstLine: 1,
                        flags: .module, privateName: nil, location: start)
    }

    /// Compiles the module body (see `Compiler.compile`).
    func compileModule(_ module: Module) throws(SyntaxError) -> CodeObject {
        if table.module.containsAwait {
            unit.flags.insert(.coroutine)
        }
        if let first = module.body.first {
            unit.location = location(first.range)
        }
        try compile(module.body)
        emitImplicitReturn(after: module.body)
        return unit.assemble(filename: filename)
    }

    // MARK: Units

    /// Compiles a nested scope into its own code object.
    func withUnit(_ scope: Scope, name: String, firstLine: Int, flags: CodeFlags, range: SourceRange,
                  _ body: (CodeUnit) throws(SyntaxError) -> Void) throws(SyntaxError) -> CodeObject {
        let child = CodeUnit(scope: scope, name: name, qualifiedName: qualifiedName(for: scope, name: name),
                             firstLine: firstLine, flags: flags.union(scope.generatorFlags),
                             privateName: scope.kind == .classBody ? scope.name : unit.privateName,
                             location: location(range))
        outerUnits.append(unit)
        unit = child
        defer { unit = outerUnits.removeLast() }
        try body(child)
        return child.assemble(filename: filename)
    }

    /// CPython `compiler_set_qualname`: `f.<locals>.g` inside functions, `C.m` inside classes.
    private func qualifiedName(for scope: Scope, name: String) -> String {
        let parent = unit.scope
        if parent.kind == .module { return name }
        if scope.kind == .function || scope.kind == .classBody,
           parent.scope(of: mangle(name)) == .globalExplicit {
            return name
        }
        return parent.kind.isFunctionLike ? "\(unit.qualifiedName).<locals>.\(name)" : "\(unit.qualifiedName).\(name)"
    }

    func scope(for range: SourceRange, _ tag: ScopeKey.Tag) -> Scope {
        guard let scope = table.scope(for: range, tag) else {
            preconditionFailure("compiler bug: no symbol table scope at \(range.start.line):\(range.start.column)")
        }
        return scope
    }

    // MARK: Locations

    func location(_ range: SourceRange) -> InstructionLocation {
        InstructionLocation(line: Int32(clamping: range.start.line), endLine: Int32(clamping: range.end.line),
                            column: Int32(clamping: range.start.column), endColumn: Int32(clamping: range.end.column))
    }

    /// Runs `body` with instructions attributed to `range`.
    func at(_ range: SourceRange, _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        let saved = unit.location
        unit.location = location(range)
        defer { unit.location = saved }
        try body()
    }

    // MARK: Emitting

    func emit(_ instruction: Instruction) {
        unit.emit(instruction)
    }

    func emit(_ make: (Int) -> Instruction, _ label: Label) {
        unit.emit(make, label)
    }

    func newLabel() -> Label { unit.newLabel() }

    func bind(_ label: Label) { unit.bind(label) }

    func loadConstant(_ value: CodeConstant) {
        emit(.loadConst(unit.constant(value)))
    }

    /// `return None` at the end of a body; dropped later if unreachable.
    func emitImplicitReturn(after body: [Stmt]) {
        if let last = body.last {
            unit.location = location(last.range)
            unit.location.line = unit.location.endLine
        }
        loadConstant(.none)
        emit(.returnValue)
    }

    // MARK: Names

    /// CPython `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
    func mangle(_ name: String) -> String {
        mangleName(name, privateName: unit.privateName)
    }
}

/// Private-name mangling, shared with the symbol table.
func mangleName(_ name: String, privateName: String?) -> String {
    guard let privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = privateName.drop { $0 == "_" }
    guard !stripped.isEmpty else { return name }
    return "_\(stripped)\(name)"
}
