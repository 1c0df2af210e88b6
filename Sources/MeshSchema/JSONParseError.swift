/// Why JSON text was rejected, and where.
///
/// ``message`` is the text CPython's `json` module uses for the same error (Python 3.11), and
/// ``description`` renders it the way `json.JSONDecodeError` does:
/// `Expecting value: line 1 column 5 (char 4)`. Lines and columns are 1-based; columns and
/// ``characterOffset`` count Unicode scalars, as Python counts characters of a `str`.
public struct JSONParseError: Error, Sendable, Hashable {
    /// The kinds of error, each with the CPython message it reproduces.
    public enum Kind: Sendable, Hashable {
        /// `Expecting value`: no JSON value starts here (also `NaN` and `Infinity`, which
        /// CPython accepts and RFC 8259 does not).
        case expectingValue
        /// `Expecting property name enclosed in double quotes`
        case expectingPropertyName
        /// `Expecting ':' delimiter`
        case expectingColon
        /// `Expecting ',' delimiter`
        case expectingComma
        /// `Unterminated string starting at`; the offset is that of the opening quote.
        case unterminatedString
        /// `Invalid control character at`: U+0000...U+001F unescaped inside a string.
        case invalidControlCharacter
        /// `Invalid \escape`; the offset is that of the backslash.
        case invalidEscape
        /// `Invalid \uXXXX escape`; the offset is that of the `u`.
        case invalidUnicodeEscape
        /// `Extra data`: something other than whitespace follows the value.
        case extraData
        /// `Unexpected UTF-8 BOM (decode using utf-8-sig)`, CPython's message for `json.loads`
        /// of a `str` starting with U+FEFF.
        case unexpectedByteOrderMark
        /// `Unpaired surrogate escape`: `\uD800` without its partner, only with
        /// ``JSONParseOptions/LoneSurrogatePolicy/reject`` (CPython keeps lone surrogates).
        case unpairedSurrogate
        /// Containers nested deeper than ``JSONParseOptions/maxDepth``; CPython raises
        /// `RecursionError` instead, at a depth set by its recursion limit.
        case nestingTooDeep
        /// The input is not UTF-8; ``JSONParseError/message`` is CPython's `UnicodeDecodeError`
        /// text for the same bytes, and the offsets point at the first bad byte.
        case invalidUTF8
    }

    /// What went wrong.
    public var kind: Kind
    /// CPython's message for this error, without the location.
    public var message: String
    /// Offset of the error in the input, in bytes.
    public var byteOffset: Int
    /// Offset of the error in Unicode scalars (Python's `pos`).
    public var characterOffset: Int
    /// 1-based line; only `\n` ends a line, as in Python.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int

    /// An error at `byteOffset` in `bytes`, whose prefix up to that offset is valid UTF-8.
    init(_ kind: Kind, _ message: String, at byteOffset: Int, in bytes: [UInt8]) {
        self.kind = kind
        self.message = message
        self.byteOffset = byteOffset
        var scalars = 0
        var lines = 1
        var lastNewline = -1
        for byte in bytes.prefix(max(byteOffset, 0)) where byte & 0xC0 != 0x80 {
            if byte == UInt8(ascii: "\n") {
                lines += 1
                lastNewline = scalars
            }
            scalars += 1
        }
        characterOffset = scalars
        line = lines
        column = scalars - lastNewline
    }
}

extension JSONParseError: CustomStringConvertible {
    /// As Python prints the exception: `Expecting value: line 1 column 1 (char 0)`; for
    /// ``Kind/invalidUTF8`` just the message, which already names the byte position.
    public var description: String {
        if kind == .invalidUTF8 { return message }
        return "\(message): line \(line) column \(column) (char \(characterOffset))"
    }
}
