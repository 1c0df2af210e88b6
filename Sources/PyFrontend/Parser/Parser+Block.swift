extension Parser {
    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    ///
    /// `header` names the owning statement for CPython's IndentationError, e.g.
    /// "expected an indented block after 'if' statement on line 3".
    func parseBlock(after header: String, line: Int) throws(SyntaxError) -> [Stmt] {
        try enter(.block)
        defer { leave() }
        var body: [Stmt] = []
        guard at(.newline) else {
            try parseSimpleStatements(into: &body)
            return body
        }
        try skip()
        guard at(.indent) else {
            throw syntaxError("expected an indented block after \(header) on line \(line)", at: current.range,
                              kind: .indentationError)
        }
        try skip()
        while !at(.dedent) && !at(.endOfFile) {
            try parseStatement(into: &body)
        }
        if at(.dedent) {
            try skip()
        }
        return body
    }

    /// Consumes the ':' ending a statement header. CPython says "expected ':'" when the line
    /// ends instead, or always for headers whose grammar forces the colon (`&&':'`).
    func expectColon(forced: Bool = false) throws(SyntaxError) {
        if try eat(.colon) {
            return
        }
        if forced || at(.newline) {
            throw syntaxError("expected ':'", at: current.range)
        }
        throw invalidSyntax()
    }

    /// A loop body: `block` with `break`/`continue` allowed.
    func parseLoopBody(after header: String, line: Int) throws(SyntaxError) -> [Stmt] {
        context.loopDepth &+= 1
        defer { context.loopDepth &-= 1 }
        return try parseBlock(after: header, line: line)
    }

    /// else_block: 'else' &&':' block (empty when there is no `else`).
    func parseElseBlock() throws(SyntaxError) -> [Stmt] {
        guard at(.else) else { return [] }
        let keyword = try advance()
        try expectColon(forced: true)
        return try parseBlock(after: "'else' statement", line: keyword.range.start.line)
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    func parseIfStatement() throws(SyntaxError) -> Stmt {
        let start = currentStart
        try skip()
        let test = try parseCondition()
        try expectColon()
        let body = try parseBlock(after: "'if' statement", line: start.line)
        let orelse = at(.elif) || at(.else) ? try parseElifChain() : []
        return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
    }

    /// elif_stmt* [else_block]: each `elif` becomes a nested `If` in `orelse`, as in CPython,
    /// built iteratively so long chains do not recurse.
    private func parseElifChain() throws(SyntaxError) -> [Stmt] {
        var clauses: [(start: SourceLocation, test: Expr, body: [Stmt])] = []
        // Each elif nests one If deeper in the tree, so it counts against the nesting limit.
        defer { depth &-= clauses.count }
        while at(.elif) {
            try enter(.block)
            let start = currentStart
            try skip()
            let test = try parseCondition()
            try expectColon()
            let body = try parseBlock(after: "'elif' statement", line: start.line)
            clauses.append((start, test, body))
        }
        var orelse = try parseElseBlock()
        for clause in clauses.reversed() {
            orelse = [Stmt(.if(test: clause.test, body: clause.body, orelse: orelse), range(from: clause.start))]
        }
        return orelse
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    func parseWhileStatement() throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        let test = try parseCondition()
        try expectColon()
        let body = try parseLoopBody(after: "'while' statement", line: keyword.range.start.line)
        let orelse = try parseElseBlock()
        return Stmt(.while(test: test, body: body, orelse: orelse), range(from: keyword.range.start))
    }

    /// for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    func parseForStatement(start: SourceLocation, isAsync: Bool) throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        let target = try target(try parseTargetList(), context: .store, isForTarget: true)
        guard try eat(.in) else { throw invalidSyntax() }
        let iter = try parseStarExpressions()
        try expectColon()
        let body = try parseLoopBody(after: "'for' statement", line: keyword.range.start.line)
        let orelse = try parseElseBlock()
        let loop = For(target: target, iter: iter, body: body, orelse: orelse)
        let stmt = Stmt(isAsync ? .asyncFor(loop) : .for(loop), range(from: start))
        if isAsync {
            checkAsyncStatement("async for", at: stmt.range)
        }
        return stmt
    }

    /// 'async' (function_def | with_stmt | for_stmt)
    func parseAsyncStatement() throws(SyntaxError) -> Stmt {
        let start = current.range.start
        switch peek(1).kind {
        case .keyword(.def):
            try skip()
            return try parseFunctionDef(decorators: [], start: start, isAsync: true)
        case .keyword(.for):
            try skip()
            return try parseForStatement(start: start, isAsync: true)
        case .keyword(.with):
            try skip()
            return try parseWithStatement(start: start, isAsync: true)
        default:
            try skip()
            throw invalidSyntax()
        }
    }
}
