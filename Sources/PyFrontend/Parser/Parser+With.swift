extension Parser {
    /// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    ///          | ['async'] 'with' ','.with_item+ ':' block
    ///
    /// The parenthesized form is tried first and abandoned unless ':' follows the ')', so
    /// `with (a, b) as c:` is one item whose context expression is a tuple.
    func parseWithStatement(start: SourceLocation, isAsync: Bool) throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        var items: [WithItem]?
        if at(.leftParen) {
            items = try attempt { parser throws(SyntaxError) in
                let items = try parser.parseParenthesizedWithItems()
                return parser.at(.colon) ? items : nil
            }
        }
        if items == nil {
            items = try parseWithItems()
        }
        try expectColon()
        let body = try parseBlock(after: "'with' statement", line: keyword.range.start.line)
        let stmtRange = range(from: start)
        if isAsync {
            checkAsyncStatement("async with", at: stmtRange)
            return Stmt(.asyncWith(items: items ?? [], body: body), stmtRange)
        }
        return Stmt(.with(items: items ?? [], body: body), stmtRange)
    }

    /// '(' ','.with_item+ ','? ')'
    private func parseParenthesizedWithItems() throws(SyntaxError) -> [WithItem] {
        try openBracket()
        defer { closeBracket() }
        var items: [WithItem] = []
        repeat {
            if at(.rightParen) && !items.isEmpty {
                break
            }
            items.append(try parseWithItem())
        } while try eat(.comma)
        try expect(.rightParen)
        return items
    }

    /// ','.with_item+
    private func parseWithItems() throws(SyntaxError) -> [WithItem] {
        var items: [WithItem] = []
        repeat {
            items.append(try parseWithItem())
        } while try eat(.comma)
        return items
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    private func parseWithItem() throws(SyntaxError) -> WithItem {
        let expression = try parseExpression()
        guard try eat(.as) else {
            return WithItem(contextExpr: expression, optionalVars: nil)
        }
        let variable = try target(try parseTargetElement(), context: .store)
        guard at(.comma) || at(.rightParen) || at(.colon) else { throw invalidSyntax() }
        return WithItem(contextExpr: expression, optionalVars: variable)
    }

    /// Runs a trial parse; on failure or a nil result, rewinds and returns nil. Lexical errors
    /// are not lost: the lexer stays failed and reports again when the tokens are re-read.
    func attempt<T>(_ body: (Parser) throws(SyntaxError) -> T?) throws(SyntaxError) -> T? {
        let saved = mark()
        let savedError = pendingError
        let savedContext = context
        do {
            if let result = try body(self) {
                return result
            }
        } catch {
            if lexerError != nil {
                throw error
            }
        }
        reset(to: saved)
        pendingError = savedError
        context = savedContext
        return nil
    }
}
