extension Lexer {
    /// The byte `offset` positions ahead, or 0 past the end (the source never contains NUL).
    func peek(_ offset: Int = 0) -> UInt8 {
        let position = index &+ offset
        return position >= 0 && position < bytes.count ? bytes[position] : 0
    }

    /// Records the start of the token about to be lexed.
    mutating func begin() {
        tokenStart = index
        tokenLine = line
        tokenColumn = index &- lineStart
    }

    /// Builds the token from the recorded start to the current position.
    func finish(_ kind: TokenKind) -> Token {
        let start = SourceLocation(line: tokenLine, column: tokenColumn)
        let end = SourceLocation(line: line, column: index &- lineStart)
        return Token(kind: kind, range: SourceRange(start: start, end: end), startOffset: tokenStart,
                     endOffset: index)
    }

    /// Notes that `index` is now at the first byte of a new physical line.
    mutating func startNewLine() {
        line &+= 1
        lineStart = index
    }

    /// A `SyntaxError` at a 0-based byte column of `line` (the current line by default).
    func error(_ message: String, kind: SyntaxError.Kind = .syntaxError, line: Int? = nil, column: Int,
               endColumn: Int? = nil) -> SyntaxError {
        let errorLine = line ?? self.line
        let characterColumn = source.characterColumn(line: errorLine, byteColumn: column)
        var end = characterColumn &+ 1
        if let endColumn {
            end = source.characterColumn(line: errorLine, byteColumn: endColumn) &+ 1
        }
        return SyntaxError(kind: kind, message: message, filename: source.filename, line: errorLine,
                           column: characterColumn &+ 1, endColumn: end, text: source.lineText(errorLine))
    }

    /// Whether `byte` can start an identifier: ASCII letters, `_`, and any non-ASCII lead byte
    /// (checked precisely once decoded).
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F || byte >= 0x80
    }

    /// Whether `byte` can continue an identifier.
    static func isIdentifierContinue(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }

    /// Whether `byte` is an ASCII decimal digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// The value of an ASCII hex digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte &- 0x30)
        case 0x61...0x66: return UInt32(byte &- 0x61 &+ 10)
        case 0x41...0x46: return UInt32(byte &- 0x41 &+ 10)
        default: return nil
        }
    }

    /// Decodes the UTF-8 scalar starting at `position`, with its length; nil if malformed.
    func scalar(at position: Int) -> (Unicode.Scalar, Int)? {
        guard position >= 0 && position < bytes.count else { return nil }
        let lead = bytes[position]
        let length: Int
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard position &+ length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length &+ 1))
        for offset in 1..<length {
            let byte = bytes[position &+ offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
