/// Resource limits that keep parsing of hostile input bounded.
public struct ParserLimits: Sendable, Equatable {
    /// The maximum nesting depth of brackets, of indented blocks and of recursive expression
    /// constructs (unary operators, `**`, lambdas, conditional expressions, f-string fields).
    /// Operators and trailers chained in one expression (`a + b + c`, `a.b().c`, each after the
    /// first) and `elif` clauses count too, since each makes the tree one level deeper: the depth
    /// of every AST stays within a small multiple of this limit, so recursive passes over the
    /// tree (including its deallocation) are safe.
    ///
    /// Exceeding it is a `SyntaxError` ("too many nested parentheses" for brackets, as CPython's
    /// tokenizer says at its fixed limit of 200), never a stack overflow. Parsing at the limit
    /// needs well under 512 KiB of stack in a debug build.
    public var maxNestingDepth: Int

    /// Creates limits; the default nesting depth is CPython's bracket limit, 200.
    public init(maxNestingDepth: Int = 200) {
        self.maxNestingDepth = maxNestingDepth
    }
}
