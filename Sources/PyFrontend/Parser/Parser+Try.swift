extension Parser {
    /// try_stmt: 'try' &&':' block finally_block
    ///         | 'try' &&':' block except_block+ [else_block] [finally_block]
    func parseTryStatement() throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        try expectColon(forced: true)
        let body = try parseBlock(after: "'try' statement", line: keyword.range.start.line)
        var handlers: [ExceptHandler] = []
        while at(.except) {
            handlers.append(try parseExceptHandler())
        }
        var orelse: [Stmt] = []
        if !handlers.isEmpty {
            orelse = try parseElseBlock()
        }
        var finalbody: [Stmt] = []
        if at(.finally) {
            let finallyKeyword = try advance()
            try expectColon(forced: true)
            finalbody = try parseBlock(after: "'finally' statement", line: finallyKeyword.range.start.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw syntaxError("expected 'except' or 'finally' block", at: SourceRange(start: previousEnd, end: previousEnd))
        }
        for handler in handlers.dropLast() where handler.type == nil {
            report("default 'except:' must be last", at: handler.range)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody),
                    range(from: keyword.range.start))
    }

    /// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
    private func parseExceptHandler() throws(SyntaxError) -> ExceptHandler {
        let keyword = try advance()
        if at(.star) {
            throw syntaxError("'except*' is not supported", at: range(from: keyword.range.start).union(current.range))
        }
        var type: Expr?
        var name: String?
        if !at(.colon) && !at(.newline) {
            let exceptionType = try parseExpression()
            if at(.comma) {
                throw syntaxError("multiple exception types must be parenthesized",
                                  at: range(from: exceptionType.range.start))
            }
            type = exceptionType
            if try eat(.as) {
                name = try expectName()
            }
        }
        try expectColon()
        let body = try parseBlock(after: "'except' statement", line: keyword.range.start.line)
        return ExceptHandler(type: type, name: name, body: body, range: range(from: keyword.range.start))
    }
}
