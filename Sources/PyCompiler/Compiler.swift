import PyFrontend

/// Compiles Python ASTs from `PyFrontend` into `CodeObject`s for the VM.
///
/// Two passes, as in CPython: a symbol table (`SymbolTableBuilder`) classifies every name of
/// every scope, then code generation emits instructions with source locations, assembles the
/// exception tables and computes stack depths. The shapes emitted for each construct are
/// documented on the functions that emit them (`CodeGenerator+*.swift`).
public enum Compiler {
    /// Compiles a parsed module into its module code object.
    ///
    /// The result has `CodeFlags.module`, plus `.coroutine` when the module body itself awaits
    /// (top-level `await`, `async for`, `async with` or an async comprehension), in which case
    /// the runtime must run it as a coroutine. Nested functions, classes, lambdas and
    /// comprehensions are `CodeConstant.code` constants of their enclosing code objects.
    ///
    /// - Parameters:
    ///   - module: The AST from `Python.parse`.
    ///   - filename: The file name recorded in every code object, for tracebacks.
    ///   - source: The source text, used only to give errors character columns and the source
    ///     line; without it columns count UTF-8 bytes and the line text is empty.
    /// - Throws: The `SyntaxError`s CPython reports after parsing, such as
    ///   "name 'x' is used prior to global declaration" or "no binding for nonlocal 'x' found".
    public static func compile(_ module: Module, filename: String, source: String? = nil) throws(SyntaxError)
        -> CodeObject {
        let diagnostics = Diagnostics(filename: filename, source: source)
        let table = try SymbolTableBuilder.build(module, diagnostics: diagnostics)
        return try CodeGenerator(table: table, diagnostics: diagnostics).compileModule(module)
    }

    /// Parses and compiles a whole program (CPython's `compile(source, filename, "exec")`
    /// with top-level `await` allowed).
    public static func compile(source: String, filename: String = "<string>") throws(SyntaxError) -> CodeObject {
        let module = try Python.parse(source, filename: filename)
        return try compile(module, filename: filename, source: source)
    }
}
