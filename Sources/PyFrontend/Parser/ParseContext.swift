/// Where the parser is, for the checks CPython makes in its compiler: `return`, `yield`,
/// `await`, `break`, `continue` and `nonlocal` placement.
struct ParseContext {
    /// The innermost enclosing function-like scope.
    enum Function {
        /// Module level, or a class body not inside any function.
        case none
        /// A `def`.
        case sync
        /// An `async def`.
        case async
        /// A `lambda`.
        case lambda
    }

    var function = Function.none
    /// Directly inside a class body.
    var inClass = false
    /// Loops enclosing the current statement within the current function or class.
    var loopDepth = 0
    /// CPython's name of the innermost comprehension being parsed, such as "list comprehension".
    var comprehension: String?
}

extension Parser {
    /// Records an error if `await` is not allowed here. Top-level `await` is allowed, as with
    /// CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
    func checkAwait(at range: SourceRange) {
        switch context.function {
        case .async:
            return
        case .none:
            if context.inClass {
                report("'await' outside function", at: range)
            }
        case .sync, .lambda:
            if context.comprehension != nil {
                report("asynchronous comprehension outside of an asynchronous function", at: range)
            } else {
                report("'await' outside async function", at: range)
            }
        }
    }

    /// Records an error if a `yield` is not allowed here.
    func checkYield(at range: SourceRange) {
        if let comprehension = context.comprehension {
            report("'yield' inside \(comprehension)", at: range)
        } else if context.function == .none {
            report("'yield' outside function", at: range)
        }
    }

    /// Records an error for `async for`/`async with` (statement `what`) outside `async def`.
    func checkAsyncStatement(_ what: String, at range: SourceRange) {
        if context.function == .sync || context.function == .lambda || context.inClass {
            report("'\(what)' outside async function", at: range)
        }
    }

    /// Runs `body` with `context` replaced, restoring it afterwards.
    func withContext<T>(_ replacement: ParseContext,
                                 _ body: (Parser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let saved = context
        context = replacement
        defer { context = saved }
        return try body(self)
    }
}
