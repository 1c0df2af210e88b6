/// The front end's entry point.
public enum Python {
    /// Parses a whole program (CPython's `exec` mode) into a `Module`.
    ///
    /// Accepts the Python 3.12 grammar with top-level `await`, `async for`, `async with` and
    /// async comprehensions allowed (CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`). Rejected with a
    /// `SyntaxError` saying "... not supported": `match` statements, `type` aliases, type
    /// parameter lists, `except*` and complex literals.
    ///
    /// Throws the first error, with CPython 3.12's message and location. Errors CPython finds
    /// after parsing (e.g. "'return' outside function") are reported only when the program
    /// otherwise parses, as CPython does. Never traps; nesting deeper than
    /// `limits.maxNestingDepth` is a `SyntaxError`.
    public static func parse(_ source: String, filename: String = "<string>",
                             limits: ParserLimits = ParserLimits()) throws(SyntaxError) -> Module {
        let parser = Parser(source: SourceText(normalizing: source, filename: filename), limits: limits)
        return try parser.parseFile()
    }
}
