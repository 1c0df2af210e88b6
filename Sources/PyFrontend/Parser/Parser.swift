/// A recursive-descent parser for Python 3.12 that builds `Module` trees.
///
/// Tokens are pulled from the lexer on demand and buffered, so a trial parse can rewind by
/// resetting `position`; lexical errors are reported when the parser reaches them, as in
/// CPython. Errors found after parsing (CPython's compiler checks, such as `return` outside a
/// function) are kept in `pendingError` and only thrown if the whole program parses.
final class Parser {
    var lexer: Lexer
    let source: SourceText
    let limits: ParserLimits
    var tokens: [Token] = []
    var position = 0
    /// End of the last consumed token other than NEWLINE, INDENT and DEDENT.
    var previousEnd = SourceLocation(line: 1, column: 0)
    /// Current nesting of brackets, recursive expressions and blocks (see `ParserLimits`).
    var depth = 0
    /// Bracket nesting, for CPython's "Perhaps you forgot a comma?" which applies only inside.
    var bracketDepth = 0
    var context = ParseContext()
    var pendingError: SyntaxError?
    /// The lexer's error, kept so that re-reading after a trial parse reports it again.
    var lexerError: SyntaxError?

    init(source: SourceText, limits: ParserLimits) {
        self.source = source
        self.limits = limits
        self.lexer = Lexer(text: source, limits: limits)
    }

    /// file: [statements] ENDMARKER
    func parseFile() throws(SyntaxError) -> Module {
        try fill(2)
        var body: [Stmt] = []
        while !at(.endOfFile) {
            try parseStatement(into: &body)
        }
        if let pendingError {
            throw pendingError
        }
        return Module(body: body)
    }
}

extension Parser {
    /// Buffers tokens until `position + ahead` exists or the end of input is buffered.
    func fill(_ ahead: Int) throws(SyntaxError) {
        while tokens.count <= position &+ ahead {
            if let last = tokens.last, last.kind == .endOfFile {
                return
            }
            if let lexerError {
                throw lexerError
            }
            do {
                tokens.append(try lexer.next())
            } catch {
                lexerError = error
                throw error
            }
        }
    }

    /// The token `offset` positions ahead of the current one (the last buffered token past it).
    func peek(_ offset: Int = 0) -> Token {
        let index = position &+ offset
        if index >= 0 && index < tokens.count {
            return tokens[index]
        }
        return tokens.last ?? Token(kind: .endOfFile, range: SourceRange(start: previousEnd, end: previousEnd),
                                    startOffset: 0, endOffset: 0)
    }

    /// The current token.
    var current: Token { peek() }

    /// The kind of the current token.
    var currentKind: TokenKind {
        position < tokens.count ? tokens[position].kind : .endOfFile
    }

    /// Where the current token starts.
    var currentStart: SourceLocation {
        position < tokens.count ? tokens[position].range.start : previousEnd
    }

    /// Whether the current token has kind `kind`.
    func at(_ kind: TokenKind) -> Bool {
        currentKind == kind
    }

    /// Whether the current token is the operator `punctuator`.
    func at(_ punctuator: Punctuator) -> Bool {
        if case .op(let current) = currentKind {
            return current == punctuator
        }
        return false
    }

    /// Whether the current token is the reserved word `word`.
    func at(_ word: ReservedWord) -> Bool {
        if case .keyword(let current) = currentKind {
            return current == word
        }
        return false
    }

    /// Consumes the current token and returns it, keeping two tokens of lookahead buffered.
    @discardableResult
    func advance() throws(SyntaxError) -> Token {
        let token = current
        switch token.kind {
        case .newline, .indent, .dedent, .endOfFile: break
        default: previousEnd = token.range.end
        }
        if position < tokens.count {
            position &+= 1
        }
        try fill(2)
        return token
    }

    /// Consumes the current token without returning it (cheaper on the stack than `advance()`).
    func skip() throws(SyntaxError) {
        switch currentKind {
        case .newline, .indent, .dedent, .endOfFile: break
        default: previousEnd = tokens[position].range.end
        }
        if position < tokens.count {
            position &+= 1
        }
        try fill(2)
    }

    /// Consumes `punctuator` if it is current.
    func eat(_ punctuator: Punctuator) throws(SyntaxError) -> Bool {
        guard at(punctuator) else { return false }
        try skip()
        return true
    }

    /// Consumes `word` if it is current.
    func eat(_ word: ReservedWord) throws(SyntaxError) -> Bool {
        guard at(word) else { return false }
        try skip()
        return true
    }

    /// Consumes `punctuator` or fails with "invalid syntax" at the current token.
    @discardableResult
    func expect(_ punctuator: Punctuator) throws(SyntaxError) -> Token {
        guard at(punctuator) else { throw invalidSyntax() }
        return try advance()
    }

    /// Consumes a NAME token and returns its text, or fails with "invalid syntax".
    func expectName() throws(SyntaxError) -> String {
        guard case .name(let name) = current.kind else { throw invalidSyntax() }
        try skip()
        return name
    }

    /// The range from `start` to the end of the last consumed token.
    func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: max(previousEnd, start))
    }

    /// Saves the position for a trial parse.
    func mark() -> ParserMark {
        ParserMark(position: position, previousEnd: previousEnd, depth: depth, bracketDepth: bracketDepth)
    }

    /// Rewinds to a saved position.
    func reset(to mark: ParserMark) {
        position = mark.position
        previousEnd = mark.previousEnd
        depth = mark.depth
        bracketDepth = mark.bracketDepth
    }
}

/// A saved parser position for backtracking.
struct ParserMark {
    let position: Int
    let previousEnd: SourceLocation
    let depth: Int
    let bracketDepth: Int
}
