extension Parser {
    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
    ///     primary '[' slices ']' | atom
    /// await_primary: 'await' primary | primary
    func parsePrimary() throws(SyntaxError) -> Expr {
        if at(.await) {
            return try parseAwait()
        }
        let start = currentStart
        let atom = at(.leftParen) || at(.leftBracket) || at(.leftBrace) ? try parseDisplay() : try parseAtom()
        return atTrailer() ? try parseTrailers(atom, start: start) : atom
    }

    /// 'await' primary
    private func parseAwait() throws(SyntaxError) -> Expr {
        let start = currentStart
        try skip()
        let value = try parsePrimary()
        let expr = Expr(.await(value: value), range(from: start))
        checkAwait(at: expr.range)
        return expr
    }

    /// Whether '.', '(' or '[' continues a primary.
    private func atTrailer() -> Bool {
        at(.dot) || at(.leftParen) || at(.leftBracket)
    }

    /// Attribute, call and subscript trailers after `expr`, left to right.
    func parseTrailers(_ expr: Expr, start: SourceLocation) throws(SyntaxError) -> Expr {
        var expr = expr
        var links = -1
        defer { depth &-= max(0, links) }
        while true {
            if links >= 0 {
                try enter(.expression)
            }
            links &+= 1
            guard try parseTrailer(&expr, start: start) else { return expr }
        }
    }

    /// Applies one attribute, call or subscript trailer to `expr` in place; false if none
    /// follows. Updating in place keeps this frame, which is on the recursive path, small.
    func parseTrailer(_ expr: inout Expr, start: SourceLocation) throws(SyntaxError) -> Bool {
        switch currentKind {
        case .op(.dot): try parseAttribute(&expr, start: start)
        case .op(.leftParen): try parseCall(&expr, start: start)
        case .op(.leftBracket): try parseSubscript(&expr, start: start)
        default: return false
        }
        return true
    }

    /// '.' NAME after `value`.
    func parseAttribute(_ value: inout Expr, start: SourceLocation) throws(SyntaxError) {
        try skip()
        let attribute = try expectName()
        value = Expr(.attribute(value: value, attr: attribute, ctx: .load), range(from: start))
    }

    /// '[' slices ']' after `value`.
    ///
    ///     slices: slice !',' | ','.(slice | starred_expression)+ [',']
    func parseSubscript(_ value: inout Expr, start: SourceLocation) throws(SyntaxError) {
        try openBracket()
        var index = try (at(.colon) ? { parser throws(SyntaxError) in try parser.parseSlice() } : elementParser())(self)
        try completeSubscript(&value, index: &index, start: start)
        closeBracket()
    }

    /// Finishes `value[index ...]`: slice bounds, a tuple of slices, and the closing ']'.
    private func completeSubscript(_ value: inout Expr, index: inout Expr, start: SourceLocation) throws(SyntaxError) {
        if at(.colon) {
            index = try parseSliceBounds(lower: index, start: index.range.start)
        }
        if at(.comma) || isStarred(index) {
            index = try parseSliceTuple(index)
        }
        try expectClosing(.rightBracket, after: index)
        value = Expr(.subscript(value: value, slice: index, ctx: .load), range(from: start))
    }

    /// Whether `expr` is a `Starred`.
    private func isStarred(_ expr: Expr) -> Bool {
        if case .starred = expr.kind {
            return true
        }
        return false
    }

    /// The tuple of slices `a[x, y:z]` (or `a[*b]`), after its first element.
    private func parseSliceTuple(_ first: Expr) throws(SyntaxError) -> Expr {
        var elements = [first]
        while try eat(.comma) {
            if at(.rightBracket) {
                break
            }
            elements.append(try parseSlice())
        }
        return Expr(.tuple(elts: elements, ctx: .load), range(from: first.range.start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    /// (or a starred expression inside a tuple of slices)
    private func parseSlice() throws(SyntaxError) -> Expr {
        let start = currentStart
        if at(.colon) {
            return try parseSliceBounds(lower: nil, start: start)
        }
        let expr = at(.star) ? try parseStarred() : try parseExpression(allowingWalrus: true)
        return at(.colon) ? try parseSliceBounds(lower: expr, start: start) : expr
    }

    /// ':' [expression] [':' [expression]] after the optional lower bound.
    func parseSliceBounds(lower: Expr?, start: SourceLocation) throws(SyntaxError) -> Expr {
        try skip()
        var upper: Expr?
        if !at(.colon) && !at(.comma) && !at(.rightBracket) {
            upper = try parseExpression()
        }
        var step: Expr?
        if try eat(.colon), !at(.comma) && !at(.rightBracket) {
            step = try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    /// Consumes an opening bracket, counting it against the nesting limit.
    func openBracket() throws(SyntaxError) {
        try enter(.bracket)
        bracketDepth &+= 1
        try skip()
    }

    /// Balances `openBracket()`.
    func closeBracket() {
        bracketDepth &-= 1
        leave()
    }

    /// Consumes the closing bracket after the element `last`, or reports CPython's
    /// "Perhaps you forgot a comma?" when another expression follows directly.
    func expectClosing(_ closing: Punctuator, after last: Expr?) throws(SyntaxError) {
        if try eat(closing) {
            return
        }
        if let last {
            try reportMissingComma(after: last)
        }
        throw invalidSyntax()
    }

    /// Throws "invalid syntax. Perhaps you forgot a comma?" spanning `expr` and the expression
    /// that directly follows it, if one does (CPython's `invalid_expression` inside brackets).
    func reportMissingComma(after expr: Expr) throws(SyntaxError) {
        guard bracketDepth > 0, canStartExpression(), !isSoftKeywordStart(expr) else { return }
        if case .name = expr.kind, case .string = current.kind { return }
        if case .name = expr.kind, case .fstringStart = current.kind { return }
        let next = try attempt { parser throws(SyntaxError) -> Expr? in try parser.parseExpression() }
        if let next {
            throw syntaxError("invalid syntax. Perhaps you forgot a comma?",
                              at: SourceRange(start: expr.range.start, end: next.range.end))
        }
    }

    /// Whether `expr` is a lone soft keyword, which CPython exempts from the comma hint.
    private func isSoftKeywordStart(_ expr: Expr) -> Bool {
        if case .name(let id, _) = expr.kind {
            return ["match", "case", "type", "_"].contains(id)
        }
        return false
    }
}
