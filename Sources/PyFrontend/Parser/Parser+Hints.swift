extension Parser {
    /// named_expression as the condition of `if`, `elif` and `while`, with CPython's hint for
    /// `=` written where `==` was meant (`invalid_named_expression`).
    func parseCondition() throws(SyntaxError) -> Expr {
        let test = try parseNamedExpression()
        guard at(.equal) else { return test }
        try skip()
        let value = try parseBitwiseOr()
        if at(.equal) || at(.colonEqual) {
            throw invalidSyntax()
        }
        if case .name = test.kind {
            throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                              at: SourceRange(start: test.range.start, end: value.range.end))
        }
        switch test.kind {
        case .list, .tuple, .generatorExp, .constant(.none), .constant(.bool):
            throw syntaxError("cannot assign to \(describeForError(test))", at: test.range)
        default:
            throw syntaxError("cannot assign to \(describeForError(test)) here. Maybe you meant '==' instead of '='?",
                              at: test.range)
        }
    }

    /// CPython's "Missing parentheses in call to 'print'. Did you mean print(...)?" for an
    /// expression statement `print x` (also `exec x`).
    func checkLegacyStatement(_ stmt: Stmt) throws(SyntaxError) {
        guard case .expr(let value) = stmt.kind, case .name(let id, _) = value.kind, id == "print" || id == "exec",
              canStartExpression() else {
            return
        }
        let argument = try attempt { parser throws(SyntaxError) -> Expr? in try parser.parseStarExpressions() }
        if let argument {
            throw syntaxError("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?",
                              at: SourceRange(start: value.range.start, end: argument.range.end))
        }
    }
}
