extension Parser {
    /// Rejects a `match` statement (soft keyword `match` followed by a subject and ':' at the
    /// end of the line) with "match statements are not supported"; `match` used as a name
    /// parses normally.
    func rejectMatchStatement() throws(SyntaxError) {
        let keyword = current
        guard !Parser.continuesExpression(peek(1).kind) else { return }
        let isMatch = try attempt { parser throws(SyntaxError) -> Bool? in
            try parser.advance()
            _ = try parser.parseStarExpressions()
            return parser.at(.colon) && parser.peek(1).kind == .newline ? true : nil
        }
        if isMatch == true {
            throw syntaxError("match statements are not supported", at: keyword.range)
        }
    }

    /// Rejects `type X = ...` and `type X[T] = ...` with a clear message.
    func rejectTypeAlias() throws(SyntaxError) {
        guard case .name = peek(1).kind, peek(2).kind == .op(.equal) || peek(2).kind == .op(.leftBracket) else {
            return
        }
        throw syntaxError("type alias statements are not supported", at: current.range)
    }

    /// Rejects PEP 695 type parameter lists on `def` and `class`.
    func rejectTypeParameters() throws(SyntaxError) {
        if at(.leftBracket) {
            throw syntaxError("type parameter lists are not supported", at: current.range)
        }
    }

    /// Whether a token after the name `match` shows it is an ordinary expression statement.
    private static func continuesExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .op(let punctuator):
            return ![.leftParen, .leftBracket, .leftBrace, .minus, .star, .tilde].contains(punctuator)
        case .newline, .endOfFile, .keyword(.in), .keyword(.is), .keyword(.and), .keyword(.or), .keyword(.if):
            return true
        default:
            return false
        }
    }
}
