extension Parser {
    /// statement: compound_stmt | simple_stmts
    ///
    /// Compound statements are dispatched through a function value so that this frame, which
    /// is on the recursive path of nested blocks, stays small.
    func parseStatement(into body: inout [Stmt]) throws(SyntaxError) {
        if let parse = try compoundStatementParser() {
            body.append(try parse(self)())
        } else {
            try parseSimpleStatements(into: &body)
        }
    }

    /// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt |
    ///     while_stmt | match_stmt
    ///
    /// The parse function for the compound statement starting here, or nil for a simple one.
    private func compoundStatementParser() throws(SyntaxError) -> ((Parser) -> () throws(SyntaxError) -> Stmt)? {
        switch currentKind {
        case .keyword(.if): return Parser.parseIfStatement
        case .keyword(.while): return Parser.parseWhileStatement
        case .keyword(.for): return Parser.parsePlainFor
        case .keyword(.with): return Parser.parsePlainWith
        case .keyword(.try): return Parser.parseTryStatement
        case .keyword(.def): return Parser.parsePlainFunctionDef
        case .keyword(.class): return Parser.parsePlainClassDef
        case .op(.at): return Parser.parseDecorated
        case .keyword(.async): return Parser.parseAsyncStatement
        case .name("match"):
            try rejectMatchStatement()
            return nil
        default: return nil
        }
    }

    /// for_stmt without `async`.
    private func parsePlainFor() throws(SyntaxError) -> Stmt {
        try parseForStatement(start: currentStart, isAsync: false)
    }

    /// with_stmt without `async`.
    private func parsePlainWith() throws(SyntaxError) -> Stmt {
        try parseWithStatement(start: currentStart, isAsync: false)
    }

    /// function_def without decorators or `async`.
    private func parsePlainFunctionDef() throws(SyntaxError) -> Stmt {
        try parseFunctionDef(decorators: [], start: currentStart, isAsync: false)
    }

    /// class_def without decorators.
    private func parsePlainClassDef() throws(SyntaxError) -> Stmt {
        try parseClassDef(decorators: [])
    }

    /// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    func parseSimpleStatements(into body: inout [Stmt]) throws(SyntaxError) {
        while true {
            let stmt = try parseSimpleStatement()
            try checkLegacyStatement(stmt)
            body.append(stmt)
            if try eat(.semicolon) {
                if at(.newline) {
                    break
                }
                continue
            }
            break
        }
        guard at(.newline) else { throw invalidSyntax() }
        try skip()
    }

    /// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt |
    ///     'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt |
    ///     nonlocal_stmt | type_alias
    func parseSimpleStatement() throws(SyntaxError) -> Stmt {
        let start = current.range.start
        switch current.kind {
        case .keyword(.pass):
            try skip()
            return Stmt(.pass, range(from: start))
        case .keyword(.break), .keyword(.continue):
            return try parseLoopControl()
        case .keyword(.return): return try parseReturnStatement()
        case .keyword(.raise): return try parseRaiseStatement()
        case .keyword(.del): return try parseDelStatement()
        case .keyword(.assert): return try parseAssertStatement()
        case .keyword(.global), .keyword(.nonlocal): return try parseGlobalStatement()
        case .keyword(.import): return try parseImportName()
        case .keyword(.from): return try parseImportFrom()
        case .name("type"):
            try rejectTypeAlias()
            return try parseAssignmentOrExpression()
        default:
            return try parseAssignmentOrExpression()
        }
    }

    /// 'break' | 'continue'
    private func parseLoopControl() throws(SyntaxError) -> Stmt {
        let token = try advance()
        let isBreak = token.kind == .keyword(.break)
        if context.loopDepth == 0 {
            report(isBreak ? "'break' outside loop" : "'continue' not properly in loop", at: token.range)
        }
        return Stmt(isBreak ? .break : .continue, token.range)
    }

    /// return_stmt: 'return' [star_expressions]
    private func parseReturnStatement() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        var value: Expr?
        if !atStatementEnd() {
            value = try parseStarExpressions()
        }
        let stmt = Stmt(.return(value: value), range(from: start))
        if context.function != .sync && context.function != .async {
            report("'return' outside function", at: stmt.range)
        }
        return stmt
    }

    /// raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private func parseRaiseStatement() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        var exc: Expr?
        var cause: Expr?
        if !atStatementEnd() {
            exc = try parseExpression()
            if try eat(.from) {
                cause = try parseExpression()
            }
        }
        return Stmt(.raise(exc: exc, cause: cause), range(from: start))
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE)
    private func parseDelStatement() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        var targets: [Expr] = []
        repeat {
            if atStatementEnd() {
                break
            }
            targets.append(try parseTargetElement())
        } while try eat(.comma)
        guard !targets.isEmpty, atStatementEnd() else { throw invalidSyntax() }
        for index in targets.indices {
            targets[index] = try target(targets[index], context: .del)
        }
        return Stmt(.delete(targets: targets), range(from: start))
    }

    /// assert_stmt: 'assert' expression [',' expression]
    private func parseAssertStatement() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        let test = try parseExpression()
        var message: Expr?
        if try eat(.comma) {
            message = try parseExpression()
        }
        return Stmt(.assert(test: test, msg: message), range(from: start))
    }

    /// global_stmt: 'global' ','.NAME+
    /// nonlocal_stmt: 'nonlocal' ','.NAME+
    private func parseGlobalStatement() throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        var names: [String] = []
        repeat {
            names.append(try expectName())
        } while try eat(.comma)
        let stmtRange = range(from: keyword.range.start)
        if keyword.kind == .keyword(.global) {
            return Stmt(.global(names: names), stmtRange)
        }
        if context.function == .none && !context.inClass {
            report("nonlocal declaration not allowed at module level", at: stmtRange)
        }
        return Stmt(.nonlocal(names: names), stmtRange)
    }

    /// Whether the current token ends a simple statement.
    func atStatementEnd() -> Bool {
        at(.newline) || at(.semicolon) || at(.endOfFile)
    }
}
