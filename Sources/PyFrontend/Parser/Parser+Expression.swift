// The functions on the recursive path of expression parsing (named_expression → expression →
// binary → operand → primary → atom → display) are kept small and delegate rare work to
// helpers, so one level of nesting costs little stack even in debug builds.

extension Parser {
    /// star_expressions: star_expression (',' star_expression)* [',']
    ///
    /// An unparenthesized tuple when there is a comma; its range spans the elements.
    func parseStarExpressions() throws(SyntaxError) -> Expr {
        let start = currentStart
        let first = try parseStarExpression()
        if at(.comma) {
            return try parseTupleTail(first, start: start)
        }
        return first
    }

    /// The rest of an unparenthesized tuple after its first element.
    private func parseTupleTail(_ first: Expr, start: SourceLocation) throws(SyntaxError) -> Expr {
        var elements = [first]
        while try eat(.comma) {
            if !canStartExpression() && !at(.star) {
                break
            }
            elements.append(try parseStarExpression())
        }
        return Expr(.tuple(elts: elements, ctx: .load), range(from: start))
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws(SyntaxError) -> Expr {
        at(.star) ? try parseStarred() : try parseExpression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func parseStarNamedExpression() throws(SyntaxError) -> Expr {
        at(.star) ? try parseStarred() : try parseNamedExpression()
    }

    /// The parse function for a display element: `parseStarred` at '*', else a named expression.
    /// One call through a function value keeps the callers' frames small.
    func elementParser() -> (Parser) throws(SyntaxError) -> Expr {
        if at(.star) {
            return { parser throws(SyntaxError) in try parser.parseStarred() }
        }
        return { parser throws(SyntaxError) in try parser.parseExpression(allowingWalrus: true) }
    }

    /// '*' bitwise_or, as a `Starred` in `Load` context.
    func parseStarred() throws(SyntaxError) -> Expr {
        let start = currentStart
        try skip()
        let value = try parseBitwiseOr()
        return Expr(.starred(value: value, ctx: .load), range(from: start))
    }

    /// named_expression: NAME ':=' ~ expression | expression !':='
    func parseNamedExpression() throws(SyntaxError) -> Expr {
        try parseExpression(allowingWalrus: true)
    }

    /// ':=' expression after `target`, which must be a plain name.
    private func parseWalrus(_ target: Expr) throws(SyntaxError) -> Expr {
        guard case .name(let id, _) = target.kind else {
            throw syntaxError("cannot use assignment expressions with \(describeForError(target))", at: target.range)
        }
        try skip()
        let value = try parseExpression()
        let name = Expr(.name(id: id, ctx: .store), target.range)
        return Expr(.namedExpr(target: name, value: value), range(from: target.range.start))
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    func parseExpression() throws(SyntaxError) -> Expr {
        try parseExpression(allowingWalrus: false)
    }

    /// expression, or named_expression when `allowingWalrus` (one function, to keep the
    /// recursive path short).
    func parseExpression(allowingWalrus: Bool) throws(SyntaxError) -> Expr {
        let start = currentStart
        // parseBinary(minPrecedence: Precedence.or), inlined to save a frame per nesting level;
        // `Precedence.expression` also lets the operand be a lambda.
        let operand = try parseOperand(minPrecedence: Precedence.expression)
        return atExpressionTail() ? try parseExpressionTail(operand, start: start, allowingWalrus: allowingWalrus)
                                  : operand
    }

    /// Whether an infix operator, `if` or `:=` follows the first operand of an expression.
    private func atExpressionTail() -> Bool {
        at(.if) || at(.colonEqual) || startsInfixOperator()
    }

    /// The infix operators, conditional expression and `:=` after the first operand.
    private func parseExpressionTail(_ operand: Expr, start: SourceLocation,
                                     allowingWalrus: Bool) throws(SyntaxError) -> Expr {
        let body = try parseInfixChain(operand, minPrecedence: Precedence.or, start: start)
        if at(.if) {
            return try parseConditional(body, start: start)
        }
        if allowingWalrus && at(.colonEqual) {
            return try parseWalrus(body)
        }
        return body
    }

    /// 'if' disjunction 'else' expression, after the body of a conditional expression.
    private func parseConditional(_ body: Expr, start: SourceLocation) throws(SyntaxError) -> Expr {
        try skip()
        let test = try parseBinary(minPrecedence: Precedence.or)
        guard try eat(.else) else {
            throw syntaxError("expected 'else' after 'if' expression", at: range(from: start))
        }
        try enter(.expression)
        defer { leave() }
        let orelse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    func parseBitwiseOr() throws(SyntaxError) -> Expr {
        try parseBinary(minPrecedence: Precedence.bitwiseOr)
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func parseYieldExpression() throws(SyntaxError) -> Expr {
        let start = currentStart
        try skip()
        let expr: Expr
        if try eat(.from) {
            let value = try parseExpression()
            expr = Expr(.yieldFrom(value: value), range(from: start))
        } else if canStartExpression() || at(.star) {
            let value = try parseStarExpressions()
            expr = Expr(.yield(value: value), range(from: start))
        } else {
            expr = Expr(.yield(value: nil), range(from: start))
        }
        checkYield(at: expr.range)
        return expr
    }

    /// (yield_expr | star_expressions): the right-hand side of assignments.
    func parseYieldOrStarExpressions() throws(SyntaxError) -> Expr {
        at(.yield) ? try parseYieldExpression() : try parseStarExpressions()
    }

    /// Whether the current token can begin an expression (used after trailing commas and to
    /// detect a missing comma).
    func canStartExpression() -> Bool {
        switch currentKind {
        case .name, .number, .string, .fstringStart:
            return true
        case .keyword(let word):
            return [.true, .false, .none, .not, .lambda, .await].contains(word)
        case .op(let punctuator):
            return [.leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis].contains(punctuator)
        default:
            return false
        }
    }
}
