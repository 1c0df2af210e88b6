extension Lexer {
    /// Operators keyed by their bytes packed little-endian into a `UInt32`.
    static let punctuators: [UInt32: Punctuator] = {
        var table: [UInt32: Punctuator] = [:]
        for punctuator in Punctuator.allCases {
            table[key(punctuator.rawValue.utf8)] = punctuator
        }
        return table
    }()

    /// Packs up to three ASCII bytes into a lookup key.
    static func key<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var key: UInt32 = 0
        var shift: UInt32 = 0
        for byte in bytes {
            key |= UInt32(byte) << shift
            shift &+= 8
        }
        return key
    }

    /// Lexes the longest operator at `index`, tracking brackets and the end of f-string fields.
    mutating func lexOperator() throws(SyntaxError) -> Token {
        let byte = peek()
        if byte == 0 {
            throw error("source code cannot contain null bytes", column: index &- lineStart)
        }
        if case .fstringExpr(let base)? = modes.last, brackets.count == base,
           let token = try lexFieldDelimiter(byte, base: base) {
            return token
        }
        for length in [3, 2, 1] {
            let key = Lexer.key((0..<length).map { peek($0) })
            if let punctuator = Lexer.punctuators[key] {
                try trackBracket(punctuator)
                index &+= length
                return finish(.op(punctuator))
            }
        }
        throw error("invalid syntax", column: index &- lineStart, endColumn: index &+ 1 &- lineStart)
    }

    /// At the top level of an f-string replacement field, `}` ends the field and `:` starts the
    /// format spec; an unmatched `)` or `]` is an error.
    private mutating func lexFieldDelimiter(_ byte: UInt8, base: Int) throws(SyntaxError) -> Token? {
        switch byte {
        case UInt8(ascii: "}"):
            index &+= 1
            modes.removeLast()
            return finish(.op(.rightBrace))
        case UInt8(ascii: ":"):
            index &+= 1
            modes[modes.count &- 1] = .fstringSpec(base: base)
            return finish(.op(.colon))
        case UInt8(ascii: ")"), UInt8(ascii: "]"):
            throw error("f-string: unmatched '\(Character(Unicode.Scalar(byte)))'", column: index &- lineStart)
        default:
            return nil
        }
    }

    /// Pushes or pops the bracket stack, reporting CPython's bracket errors.
    private mutating func trackBracket(_ punctuator: Punctuator) throws(SyntaxError) {
        let column = index &- lineStart
        switch punctuator {
        case .leftParen, .leftBracket, .leftBrace:
            if brackets.count >= limits.maxNestingDepth {
                throw error("too many nested parentheses", column: column)
            }
            brackets.append(Bracket(byte: peek(), line: line, column: column))
        case .rightParen, .rightBracket, .rightBrace:
            let closing = Character(Unicode.Scalar(peek()))
            guard let open = brackets.last else {
                throw error("unmatched '\(closing)'", column: column)
            }
            let expected: UInt8 = switch open.byte {
            case UInt8(ascii: "("): UInt8(ascii: ")")
            case UInt8(ascii: "["): UInt8(ascii: "]")
            default: UInt8(ascii: "}")
            }
            if expected != peek() {
                let opening = Character(Unicode.Scalar(open.byte))
                let suffix = open.line != line ? " on line \(open.line)" : ""
                throw error("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'\(suffix)",
                            column: column)
            }
            brackets.removeLast()
        default:
            break
        }
    }
}
