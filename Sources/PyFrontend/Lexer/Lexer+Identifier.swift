extension Lexer {
    /// Reserved words by spelling.
    static let reservedWords: [String: ReservedWord] = {
        var words: [String: ReservedWord] = [:]
        for word in ReservedWord.allCases {
            words[word.rawValue] = word
        }
        return words
    }()

    /// Lexes an identifier or reserved word, or a string literal when the identifier is a valid
    /// prefix (`rb`, `f`, ...) immediately followed by a quote.
    ///
    /// Non-ASCII identifiers must be XID_Start/XID_Continue; they are not NFKC-normalized.
    mutating func lexNameOrPrefixedString() throws(SyntaxError) -> Token {
        let start = index
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard Lexer.isIdentifierContinue(byte) else { break }
                index &+= 1
                continue
            }
            guard let (scalar, length) = scalar(at: index) else {
                throw error("invalid character in identifier", column: index &- lineStart)
            }
            let valid = index == start ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
            guard valid else {
                if index == start {
                    throw invalidCharacter(scalar)
                }
                break
            }
            isASCII = false
            index &+= length
        }
        let quote = peek()
        if isASCII && index &- start <= 2 && (quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"")),
           let prefix = StringPrefix(bytes[start..<index]) {
            return try lexString(prefix: prefix)
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isASCII, let word = Lexer.reservedWords[text] {
            return finish(.keyword(word))
        }
        return finish(.name(text))
    }

    /// CPython's error for a character that cannot start a token.
    func invalidCharacter(_ scalar: Unicode.Scalar) -> SyntaxError {
        var hex = String(scalar.value, radix: 16, uppercase: true)
        while hex.count < 4 {
            hex = "0" + hex
        }
        let column = index &- lineStart
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return error("invalid non-printable character U+\(hex)", column: column)
        default:
            return error("invalid character '\(Character(scalar))' (U+\(hex))", column: column)
        }
    }
}

/// The letters before a string's opening quote.
struct StringPrefix: Sendable {
    var raw = false
    var bytes = false
    var format = false
    var unicode = false

    init() {}

    /// Parses a prefix such as `rb` or `F`; nil for invalid combinations like `ub` or `bf`.
    init?(_ letters: ArraySlice<UInt8>) {
        for letter in letters {
            switch letter | 0x20 {
            case UInt8(ascii: "r") where !raw: raw = true
            case UInt8(ascii: "b") where !bytes: bytes = true
            case UInt8(ascii: "f") where !format: format = true
            case UInt8(ascii: "u") where !unicode: unicode = true
            default: return nil
            }
        }
        if (unicode && (raw || bytes || format)) || (bytes && format) {
            return nil
        }
    }
}
