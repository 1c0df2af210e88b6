/// Turns Python 3.12 source into tokens, one at a time, working on UTF-8 bytes.
///
/// Produces NEWLINE/INDENT/DEDENT from indentation (tabs advance to the next multiple of 8, and
/// indentation must be consistent when tabs count as 1), joins lines inside brackets and after
/// a backslash, skips comments and blank lines, and splits f-strings into PEP 701 tokens
/// (`fstringStart`, `fstringMiddle`, `{`, expression tokens, `!`, `:`, `}`, `fstringEnd`).
/// `\r\n` and `\r` are read as `\n`; a leading UTF-8 byte order mark is skipped.
///
/// The first error is thrown as a `SyntaxError` with CPython's message; after an error the
/// lexer's state is unspecified. After `endOfFile`, `next()` keeps returning `endOfFile`.
public struct Lexer: Sendable {
    let source: SourceText
    let bytes: [UInt8]
    let limits: ParserLimits
    var index = 0
    var line = 1
    var lineStart = 0
    var atLineStart = true
    var lineHasContent = false
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var pendingDedents = 0
    var brackets: [Bracket] = []
    var modes: [Mode] = []
    var tokenStart = 0
    var tokenLine = 1
    var tokenColumn = 0
    var nulOffset: Int?

    /// An open bracket awaiting its partner.
    struct Bracket: Sendable {
        let byte: UInt8
        let line: Int
        let column: Int
    }

    /// Where the lexer is inside f-strings, innermost last.
    enum Mode: Sendable {
        /// Literal text of an f-string.
        case fstring(FStringState)
        /// A replacement field's expression; `base` is the bracket depth at its `{`.
        case fstringExpr(base: Int)
        /// A replacement field's format spec after `:`.
        case fstringSpec(base: Int)
    }

    /// The quoting of an f-string being lexed.
    struct FStringState: Sendable {
        let quote: UInt8
        let triple: Bool
        let raw: Bool
        let line: Int
        let column: Int
    }

    /// Creates a lexer over `source`; `filename` is used in errors.
    public init(_ source: String, filename: String = "<string>", limits: ParserLimits = ParserLimits()) {
        self.init(text: SourceText(normalizing: source, filename: filename), limits: limits)
    }

    init(text: SourceText, limits: ParserLimits) {
        self.source = text
        self.bytes = text.bytes
        self.limits = limits
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        nulOffset = bytes.firstIndex(of: 0)
    }

    /// Tokenizes all of `source`, ending with one `endOfFile` token.
    public static func tokenize(_ source: String, filename: String = "<string>",
                                limits: ParserLimits = ParserLimits()) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source, filename: filename, limits: limits)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .endOfFile {
                return tokens
            }
        }
    }

    /// Returns the next token or throws the first lexical error.
    public mutating func next() throws(SyntaxError) -> Token {
        if let nulOffset {
            throw nulError(at: nulOffset)
        }
        if pendingDedents > 0 {
            pendingDedents &-= 1
            begin()
            return finish(.dedent)
        }
        switch modes.last {
        case .fstring(let state)?:
            return try lexFStringText(state)
        case .fstringSpec?:
            return try lexFormatSpec()
        default:
            break
        }
        if atLineStart && brackets.isEmpty && modes.isEmpty, let token = try lexIndentation() {
            return token
        }
        try skipTrivia()
        begin()
        guard index < bytes.count else {
            return try lexEndOfInput()
        }
        if bytes[index] == UInt8(ascii: "\n") {
            let token = finish(.newline)
            index &+= 1
            startNewLine()
            atLineStart = true
            lineHasContent = false
            return token
        }
        lineHasContent = true
        return try lexSignificant(bytes[index])
    }

    /// CPython 3.12's error for a NUL byte anywhere in the source.
    private func nulError(at offset: Int) -> SyntaxError {
        var errorLine = 1
        var start = 0
        for position in 0..<offset where bytes[position] == UInt8(ascii: "\n") {
            errorLine &+= 1
            start = position &+ 1
        }
        return error("source code string cannot contain null bytes", line: errorLine, column: offset &- start)
    }

    /// Lexes a token that starts with `byte`, which is neither blank nor a newline.
    private mutating func lexSignificant(_ byte: UInt8) throws(SyntaxError) -> Token {
        if Lexer.isIdentifierStart(byte) {
            return try lexNameOrPrefixedString()
        }
        if Lexer.isDigit(byte) || (byte == UInt8(ascii: ".") && Lexer.isDigit(peek(1))) {
            return try lexNumber()
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            return try lexString(prefix: StringPrefix())
        }
        return try lexOperator()
    }

    /// Skips blanks, comments and backslash continuations, and newlines inside brackets or
    /// f-string expressions, where they do not end the logical line.
    private mutating func skipTrivia() throws(SyntaxError) {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
                index &+= 1
            case UInt8(ascii: "#"):
                skipComment()
            case UInt8(ascii: "\\"):
                try skipContinuation()
            case UInt8(ascii: "\n") where !brackets.isEmpty || !modes.isEmpty:
                index &+= 1
                startNewLine()
            default:
                return
            }
        }
    }

    /// Skips a comment up to (not including) the end of its line.
    mutating func skipComment() {
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") {
            index &+= 1
        }
    }

    /// Skips `\` + newline, or reports a misplaced backslash.
    private mutating func skipContinuation() throws(SyntaxError) {
        if peek(1) == UInt8(ascii: "\n") {
            index &+= 2
            startNewLine()
            if index >= bytes.count {
                throw error("unexpected EOF while parsing", column: index &- lineStart)
            }
            return
        }
        if index &+ 1 >= bytes.count {
            throw error("unexpected EOF while parsing", column: index &+ 1 &- lineStart)
        }
        throw error("unexpected character after line continuation character", column: index &+ 1 &- lineStart)
    }

    /// Emits what the end of input implies: errors for open constructs, then NEWLINE,
    /// DEDENTs and ENDMARKER.
    private mutating func lexEndOfInput() throws(SyntaxError) -> Token {
        if !modes.isEmpty {
            throw error("f-string: expecting '}'", column: index &- lineStart)
        }
        if let open = brackets.last {
            throw error("'\(Character(Unicode.Scalar(open.byte)))' was never closed", line: open.line,
                        column: open.column)
        }
        if lineHasContent {
            lineHasContent = false
            return finish(.newline)
        }
        if indents.count > 1 {
            indents.removeLast()
            altIndents.removeLast()
            return finish(.dedent)
        }
        return finish(.endOfFile)
    }
}
