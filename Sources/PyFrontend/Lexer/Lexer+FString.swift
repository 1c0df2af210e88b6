extension Lexer {
    /// Enters f-string mode after the prefix and opening quote.
    mutating func startFString(raw: Bool, quote: UInt8, triple: Bool) throws(SyntaxError) -> Token {
        try checkFStringNesting()
        let state = FStringState(quote: quote, triple: triple, raw: raw, line: tokenLine, column: tokenColumn)
        modes.append(.fstring(state))
        return finish(.fstringStart)
    }

    /// Bounds the f-string mode stack: nested f-strings (two modes each) may nest a quarter of
    /// `maxNestingDepth` deep, since each level costs several parser frames.
    private func checkFStringNesting() throws(SyntaxError) {
        if modes.count >= max(4, limits.maxNestingDepth / 2) {
            throw error("too many nested f-strings", column: index &- lineStart)
        }
    }

    /// Lexes literal text of an f-string up to a replacement field or the closing quote.
    ///
    /// Returns `fstringMiddle` for pending text, then `{` (entering expression mode) or
    /// `fstringEnd`. `{{` and `}}` stand for single braces; escapes are decoded unless raw.
    mutating func lexFStringText(_ state: FStringState) throws(SyntaxError) -> Token {
        begin()
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if isClosingQuote(of: state) {
                if !text.isEmpty {
                    return finish(.fstringMiddle(String(decoding: text, as: UTF8.self)))
                }
                index &+= state.triple ? 3 : 1
                modes.removeLast()
                return finish(.fstringEnd)
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "}"):
                if peek(1) == byte {
                    text.append(byte)
                    index &+= 2
                } else if !text.isEmpty {
                    return finish(.fstringMiddle(String(decoding: text, as: UTF8.self)))
                } else if byte == UInt8(ascii: "}") {
                    throw error("f-string: single '}' is not allowed", column: index &- lineStart)
                } else {
                    return try openReplacementField()
                }
            case UInt8(ascii: "\\"):
                try appendFStringBackslash(raw: state.raw, into: &text)
            case UInt8(ascii: "\n"):
                guard state.triple else { throw unterminatedFString(state) }
                text.append(byte)
                index &+= 1
                startNewLine()
            default:
                text.append(byte)
                index &+= 1
            }
        }
        throw unterminatedFString(state)
    }

    /// Lexes a format spec after `:` up to a nested field `{` or the closing `}`.
    mutating func lexFormatSpec() throws(SyntaxError) -> Token {
        begin()
        let state = enclosingFString()
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                if !text.isEmpty {
                    return finish(.fstringMiddle(String(decoding: text, as: UTF8.self)))
                }
                if byte == UInt8(ascii: "{") {
                    return try openReplacementField()
                }
                index &+= 1
                modes.removeLast()
                return finish(.op(.rightBrace))
            }
            if let state, isClosingQuote(of: state) {
                break
            }
            if byte == UInt8(ascii: "\n") && state?.triple != true {
                throw error("f-string: newlines are not allowed in format specifiers for single quoted f-strings",
                            column: index &- lineStart)
            }
            if byte == UInt8(ascii: "\\") {
                try appendFStringBackslash(raw: state?.raw ?? false, into: &text)
                continue
            }
            text.append(byte)
            index &+= 1
            if byte == UInt8(ascii: "\n") {
                startNewLine()
            }
        }
        throw error("f-string: expecting '}'", column: index &- lineStart)
    }

    /// Consumes `{` and enters expression mode for a replacement field.
    private mutating func openReplacementField() throws(SyntaxError) -> Token {
        try checkFStringNesting()
        index &+= 1
        modes.append(.fstringExpr(base: brackets.count))
        return finish(.op(.leftBrace))
    }

    /// Handles a backslash in f-string text: an escape, or in raw f-strings a literal backslash
    /// that still keeps a following quote or backslash from ending the literal.
    private mutating func appendFStringBackslash(raw: Bool, into text: inout [UInt8]) throws(SyntaxError) {
        let next = peek(1)
        if raw || next == UInt8(ascii: "{") || next == UInt8(ascii: "}") {
            text.append(UInt8(ascii: "\\"))
            index &+= 1
            if raw && (next == UInt8(ascii: "\\") || next == UInt8(ascii: "'") || next == UInt8(ascii: "\"")) {
                text.append(next)
                index &+= 1
            }
            return
        }
        if next == UInt8(ascii: "\n") {
            index &+= 2
            startNewLine()
            return
        }
        var position = index
        let failure = decodeEscape(at: &position, end: bytes.count, isBytes: false, into: &text)
        index = position
        if let failure {
            throw escapeError(failure, offset: 0, isBytes: false)
        }
    }

    /// Whether the bytes at `index` close the f-string described by `state`.
    private func isClosingQuote(of state: FStringState) -> Bool {
        peek() == state.quote && (!state.triple || (peek(1) == state.quote && peek(2) == state.quote))
    }

    /// The innermost f-string whose text or spec is being lexed.
    private func enclosingFString() -> FStringState? {
        for mode in modes.reversed() {
            if case .fstring(let state) = mode {
                return state
            }
        }
        return nil
    }

    /// "unterminated f-string literal (detected at line N)", at the f-string's start.
    private mutating func unterminatedFString(_ state: FStringState) -> SyntaxError {
        tokenLine = state.line
        tokenColumn = state.column
        modes.removeAll()
        return unterminatedString(triple: state.triple, kind: "f-string")
    }
}
