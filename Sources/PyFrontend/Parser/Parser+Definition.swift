extension Parser {
    /// function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    ///
    /// `start` is the position of `async` or `def`; decorators are not part of the range, as in
    /// CPython. Type parameter lists (`def f[T]`) are rejected.
    func parseFunctionDef(decorators: [Expr], start: SourceLocation,
                                   isAsync: Bool) throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        let name = try expectName()
        try rejectTypeParameters()
        guard at(.leftParen) else {
            throw syntaxError("expected '('", at: current.range)
        }
        try openBracket()
        let args = try parseParameters(annotated: true, closing: .rightParen)
        try expectClosing(.rightParen, after: nil)
        closeBracket()
        var returns: Expr?
        if try eat(.arrow) {
            returns = try parseExpression()
        }
        try expectColon(forced: true)
        var bodyContext = ParseContext()
        bodyContext.function = isAsync ? .async : .sync
        let body = try withContext(bodyContext) { parser throws(SyntaxError) in
            try parser.parseBlock(after: "function definition", line: keyword.range.start.line)
        }
        let function = FunctionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns)
        return Stmt(isAsync ? .asyncFunctionDef(function) : .functionDef(function), range(from: start))
    }

    /// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    func parseClassDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let keyword = try advance()
        let nameToken = current
        let name = try expectName()
        try rejectTypeParameters()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if at(.leftParen) {
            var call = Expr(.name(id: name, ctx: .load), nameToken.range)
            try parseCall(&call, start: nameToken.range.start)
            if case .call(_, let args, let callKeywords) = call.kind {
                bases = args
                keywords = callKeywords
            }
        }
        try expectColon()
        var bodyContext = ParseContext()
        bodyContext.inClass = true
        let body = try withContext(bodyContext) { parser throws(SyntaxError) in
            try parser.parseBlock(after: "class definition", line: keyword.range.start.line)
        }
        let classDef = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decoratorList: decorators)
        return Stmt(.classDef(classDef), range(from: keyword.range.start))
    }

    /// decorators: ('@' named_expression NEWLINE)+, then a function or class definition.
    func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while try eat(.at) {
            decorators.append(try parseNamedExpression())
            guard at(.newline) else { throw invalidSyntax() }
            try skip()
        }
        let start = current.range.start
        switch current.kind {
        case .keyword(.def):
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: false)
        case .keyword(.class):
            return try parseClassDef(decorators: decorators)
        case .keyword(.async) where peek(1).kind == .keyword(.def):
            try skip()
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
        default:
            throw invalidSyntax()
        }
    }
}
