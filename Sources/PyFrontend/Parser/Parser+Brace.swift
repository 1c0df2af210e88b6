extension Parser {
    /// dict | set | dictcomp | setcomp:
    ///
    ///     dict: '{' [double_starred_kvpairs] '}'
    ///     set: '{' star_named_expressions '}'
    ///     dictcomp: '{' kvpair for_if_clauses '}'
    ///     setcomp: '{' named_expression for_if_clauses '}'
    func parseBraceDisplay() throws(SyntaxError) -> Expr {
        let start = currentStart
        try openBracket()
        defer { closeBracket() }
        if at(.rightBrace) || at(.doubleStar) {
            return try parseDictStartingWithSpecial(start: start)
        }
        let savedError = pendingError
        let first = try elementParser()(self)
        if at(.colon) {
            return try parseDictAfterKey(first, start: start, savedError: savedError)
        }
        return try parseSetTail(first, start: start, savedError: savedError)
    }

    /// `{}` or a dict whose first entry is `**mapping`.
    private func parseDictStartingWithSpecial(start: SourceLocation) throws(SyntaxError) -> Expr {
        if try eat(.rightBrace) {
            return Expr(.dict(keys: [], values: []), range(from: start))
        }
        try skip()
        let mapping = try parseBitwiseOr()
        return try parseDictTail(keys: [nil], values: [mapping], start: start)
    }

    /// A set comprehension or the rest of a set display after its first element.
    private func parseSetTail(_ first: Expr, start: SourceLocation,
                              savedError: SyntaxError?) throws(SyntaxError) -> Expr {
        if atComprehensionStart() {
            var comprehension = try parseComprehension(first, kind: "set comprehension", savedError: savedError)
            try expectClosing(.rightBrace, after: nil)
            comprehension.range = range(from: start)
            return comprehension
        }
        let elements = try parseSequenceTail(first, closing: .rightBrace)
        return Expr(.set(elts: elements), range(from: start))
    }

    /// kvpair: expression ':' expression, then a dict or a dict comprehension.
    private func parseDictAfterKey(_ key: Expr, start: SourceLocation,
                                   savedError: SyntaxError?) throws(SyntaxError) -> Expr {
        try expectDictColon(after: key)
        let value = try parseExpression(allowingWalrus: false)
        return try parseDictAfterFirstEntry(key, value, start: start, savedError: savedError)
    }

    /// A dict comprehension or the rest of a dict display after its first `key: value`.
    private func parseDictAfterFirstEntry(_ key: Expr, _ value: Expr, start: SourceLocation,
                                          savedError: SyntaxError?) throws(SyntaxError) -> Expr {
        guard atComprehensionStart() else {
            return try parseDictTail(keys: [key], values: [value], start: start)
        }
        pendingError = savedError
        let generators = try withComprehensionContext("dict comprehension") { parser throws(SyntaxError) in
            try parser.parseComprehensionClauses()
        }
        if let yield = firstYield(in: key) ?? firstYield(in: value) {
            report("'yield' inside dict comprehension", at: yield)
        }
        try expectClosing(.rightBrace, after: nil)
        return Expr(.dictComp(key: key, value: value, generators: generators), range(from: start))
    }

    /// ':' expression after a dict key, with CPython's messages for a missing ':' or value.
    private func expectDictColon(after key: Expr) throws(SyntaxError) {
        switch key.kind {
        case .starred, .namedExpr: throw invalidSyntax()
        default: break
        }
        guard try eat(.colon) else {
            throw syntaxError("':' expected after dictionary key", at: key.range)
        }
        if at(.rightBrace) || at(.comma) {
            throw syntaxError("expression expected after dictionary key and ':'", at: previousRange())
        }
    }

    /// double_starred_kvpairs after the first entry, through '}'.
    private func parseDictTail(keys: [Expr?], values: [Expr],
                                       start: SourceLocation) throws(SyntaxError) -> Expr {
        var keys = keys
        var values = values
        var last = values.last
        while try eat(.comma) {
            last = nil
            if at(.rightBrace) {
                break
            }
            if try eat(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitwiseOr())
            } else {
                let key = try parseExpression()
                keys.append(key)
                try expectDictColon(after: key)
                values.append(try parseExpression())
            }
            last = values.last
        }
        try expectClosing(.rightBrace, after: last)
        return Expr(.dict(keys: keys, values: values), range(from: start))
    }
}
