extension Lexer {
    /// Lexes a string literal whose prefix has been consumed and whose opening quote is at
    /// `index`. F-strings switch to f-string mode and return `fstringStart`.
    mutating func lexString(prefix: StringPrefix) throws(SyntaxError) -> Token {
        let quote = peek()
        let triple = peek(1) == quote && peek(2) == quote
        index &+= triple ? 3 : 1
        if prefix.format {
            return try startFString(raw: prefix.raw, quote: quote, triple: triple)
        }
        let bodyStart = index
        let bodyEnd = try scanStringBody(quote: quote, triple: triple)
        let value: Constant
        if prefix.bytes {
            value = .bytes(try decodeBytesLiteral(bodyStart..<bodyEnd, raw: prefix.raw))
        } else if prefix.raw {
            value = .str(String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self))
        } else {
            value = .str(try decodeStringLiteral(bodyStart..<bodyEnd))
        }
        return finish(.string(value))
    }

    /// Finds the closing quote, leaving `index` after it; returns where the body ends.
    private mutating func scanStringBody(quote: UInt8, triple: Bool) throws(SyntaxError) -> Int {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                let end = index
                index &+= triple ? 3 : 1
                return end
            }
            if byte == UInt8(ascii: "\\") && index &+ 1 < bytes.count {
                index &+= 1
            } else if byte == UInt8(ascii: "\n") && !triple {
                break
            }
            if bytes[index] == UInt8(ascii: "\n") {
                index &+= 1
                startNewLine()
            } else {
                index &+= 1
            }
        }
        throw unterminatedString(triple: triple, kind: "string")
    }

    /// "unterminated string literal (detected at line N)" at the literal's start; inside an
    /// f-string replacement field CPython reports the missing `}` instead.
    func unterminatedString(triple: Bool, kind: String) -> SyntaxError {
        if kind == "string" && !modes.isEmpty {
            return error("f-string: expecting '}'", line: tokenLine, column: tokenColumn)
        }
        var detected = line
        if index >= bytes.count && bytes.last == UInt8(ascii: "\n") {
            detected &-= 1
        }
        let what = triple ? "unterminated triple-quoted \(kind) literal" : "unterminated \(kind) literal"
        return error("\(what) (detected at line \(detected))", line: tokenLine, column: tokenColumn)
    }

    /// Decodes the escapes of a `str` literal body.
    private func decodeStringLiteral(_ body: Range<Int>) throws(SyntaxError) -> String {
        String(decoding: try decodeEscapes(body, isBytes: false), as: UTF8.self)
    }

    /// The UTF-8 (or, for bytes, the byte values) of a literal body with its escapes decoded.
    private func decodeEscapes(_ body: Range<Int>, isBytes: Bool) throws(SyntaxError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var position = body.lowerBound
        while position < body.upperBound {
            let byte = bytes[position]
            if byte != UInt8(ascii: "\\") {
                output.append(byte)
                position &+= 1
                continue
            }
            let start = position
            if let failure = decodeEscape(at: &position, end: body.upperBound, isBytes: isBytes, into: &output) {
                throw escapeError(failure, offset: start &- body.lowerBound, isBytes: isBytes)
            }
        }
        return output
    }

    /// Decodes a `bytes` literal body, which may only contain ASCII characters.
    private func decodeBytesLiteral(_ body: Range<Int>, raw: Bool) throws(SyntaxError) -> [UInt8] {
        if bytes[body].contains(where: { $0 >= 0x80 }) {
            throw error("bytes can only contain ASCII literal characters", line: tokenLine, column: tokenColumn,
                        endColumn: tokenLine == line ? index &- lineStart : tokenColumn)
        }
        if raw {
            return Array(bytes[body])
        }
        return try decodeEscapes(body, isBytes: true)
    }

    /// The CPython message for a malformed escape, reported just past the literal.
    func escapeError(_ failure: EscapeFailure, offset: Int, isBytes: Bool) -> SyntaxError {
        let message: String
        switch failure {
        case .truncated(let kind, let length):
            message = isBytes
                ? "(value error) invalid \\x escape at position \(offset)"
                : "(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset)-\(offset &+ length &- 1): truncated \(kind) escape"
        case .illegalCharacter(let length):
            message = "(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset)-\(offset &+ length &- 1): illegal Unicode character"
        case .malformedName(let length):
            message = "(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset)-\(offset &+ length &- 1): malformed \\N character escape"
        case .unknownName(let length):
            message = "(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset)-\(offset &+ length &- 1): unknown Unicode character name"
        }
        return error(message, column: index &- lineStart)
    }
}
