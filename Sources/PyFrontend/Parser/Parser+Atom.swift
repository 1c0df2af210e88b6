extension Parser {
    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp) |
    ///     (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
    ///
    /// Bracketed atoms are handled by `parseDisplay()` (or directly by `parseOperand`).
    func parseAtom() throws(SyntaxError) -> Expr {
        switch currentKind {
        case .string, .fstringStart: return try parseStrings()
        default: return try parseSimpleAtom()
        }
    }

    /// A parenthesized form, list or brace display.
    func parseDisplay() throws(SyntaxError) -> Expr {
        switch currentKind {
        case .op(.leftParen): return try parseParenthesized()
        case .op(.leftBracket): return try parseListDisplay()
        default: return try parseBraceDisplay()
        }
    }

    /// NAME, a constant keyword, NUMBER or '...'.
    private func parseSimpleAtom() throws(SyntaxError) -> Expr {
        let token = current
        let value: Constant
        switch token.kind {
        case .name(let id):
            try skip()
            return Expr(.name(id: id, ctx: .load), token.range)
        case .keyword(.true): value = .bool(true)
        case .keyword(.false): value = .bool(false)
        case .keyword(.none): value = .none
        case .op(.ellipsis): value = .ellipsis
        case .number(.imaginary):
            throw syntaxError("complex numbers are not supported", at: token.range)
        case .number(let number): value = number
        default: throw invalidSyntax()
        }
        try skip()
        return Expr(.constant(value), token.range)
    }

    /// tuple | group | genexp:
    ///
    ///     tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    ///     group: '(' (yield_expr | named_expression) ')'
    ///     genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    func parseParenthesized() throws(SyntaxError) -> Expr {
        let start = currentStart
        try openBracket()
        defer { closeBracket() }
        if !canStartExpression() {
            return try parseUnusualParenthesized(start: start)
        }
        let savedError = pendingError
        let first = try parseExpression(allowingWalrus: true)
        if at(.rightParen) {
            try skip()
            return first
        }
        return try parseParenthesizedTail(first, start: start, savedError: savedError)
    }

    /// `()`, `(yield ...)`, `(*a, b)` and the errors for `(**a)` and other bad starts.
    private func parseUnusualParenthesized(start: SourceLocation) throws(SyntaxError) -> Expr {
        if try eat(.rightParen) {
            return Expr(.tuple(elts: [], ctx: .load), range(from: start))
        }
        if at(.yield) {
            let value = try parseYieldExpression()
            try expectClosing(.rightParen, after: value)
            return value
        }
        if at(.doubleStar) {
            throw syntaxError("cannot use double starred expression here", at: current.range)
        }
        guard at(.star) else { throw invalidSyntax() }
        let first = try parseStarred()
        if at(.rightParen) {
            throw syntaxError("cannot use starred expression here", at: first.range)
        }
        return try parseParenthesizedTail(first, start: start, savedError: pendingError)
    }

    /// A generator expression or tuple after the first element inside '('.
    private func parseParenthesizedTail(_ first: Expr, start: SourceLocation,
                                        savedError: SyntaxError?) throws(SyntaxError) -> Expr {
        if atComprehensionStart() {
            var generator = try parseComprehension(first, kind: "generator expression", savedError: savedError)
            try expectClosing(.rightParen, after: nil)
            generator.range = range(from: start)
            return generator
        }
        if at(.comma) {
            let elements = try parseSequenceTail(first, closing: .rightParen)
            return Expr(.tuple(elts: elements, ctx: .load), range(from: start))
        }
        try expectClosing(.rightParen, after: first)
        return first
    }

    /// list: '[' [star_named_expressions] ']'
    /// listcomp: '[' named_expression for_if_clauses ']'
    func parseListDisplay() throws(SyntaxError) -> Expr {
        let start = currentStart
        try openBracket()
        defer { closeBracket() }
        if try eat(.rightBracket) {
            return Expr(.list(elts: [], ctx: .load), range(from: start))
        }
        let savedError = pendingError
        let first = try elementParser()(self)
        if atComprehensionStart() {
            return try parseListComprehension(first, start: start, savedError: savedError)
        }
        let elements = try parseSequenceTail(first, closing: .rightBracket)
        return Expr(.list(elts: elements, ctx: .load), range(from: start))
    }

    /// A list comprehension whose element `first` is parsed, through ']'.
    private func parseListComprehension(_ first: Expr, start: SourceLocation,
                                        savedError: SyntaxError?) throws(SyntaxError) -> Expr {
        var comprehension = try parseComprehension(first, kind: "list comprehension", savedError: savedError)
        try expectClosing(.rightBracket, after: nil)
        comprehension.range = range(from: start)
        return comprehension
    }

    /// The rest of a comma-separated display after its first element, through `closing`.
    func parseSequenceTail(_ first: Expr, closing: Punctuator) throws(SyntaxError) -> [Expr] {
        var elements = [first]
        var last: Expr? = first
        while try eat(.comma) {
            last = nil
            if at(closing) {
                break
            }
            elements.append(try elementParser()(self))
            last = elements.last
        }
        try expectClosing(closing, after: last)
        return elements
    }
}
