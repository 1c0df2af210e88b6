/// Why an escape sequence could not be decoded; lengths count the bytes examined.
enum EscapeFailure: Sendable {
    /// `\x`, `\u` or `\U` with too few hex digits; `kind` is CPython's name, e.g. `\xXX`.
    case truncated(kind: String, length: Int)
    /// A `\U` value beyond U+10FFFF.
    case illegalCharacter(length: Int)
    /// `\N` without `{name}`.
    case malformedName(length: Int)
    /// `\N{name}` with a name this implementation does not know.
    case unknownName(length: Int)
}

extension Lexer {
    /// Decodes the escape sequence whose backslash is at `position` (before `end`), appending
    /// UTF-8 (or raw bytes when `isBytes`) and advancing `position` past it.
    ///
    /// Unknown escapes such as `\d` are kept with their backslash, as CPython does (it warns).
    /// `\u`, `\U` and `\N` are only escapes in `str` literals. Lone surrogates, which a Swift
    /// `String` cannot hold, decode to U+FFFD.
    func decodeEscape(at position: inout Int, end: Int, isBytes: Bool,
                      into output: inout [UInt8]) -> EscapeFailure? {
        let next = position &+ 1 < end ? bytes[position &+ 1] : 0
        position &+= 2
        switch next {
        case UInt8(ascii: "\n"): break
        case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): output.append(next)
        case UInt8(ascii: "a"): output.append(0x07)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "v"): output.append(0x0B)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            position &-= 1
            appendCodePoint(octalEscape(at: &position, end: end), isBytes: isBytes, into: &output)
        case UInt8(ascii: "x"):
            return hexEscape(at: &position, end: end, digits: 2, kind: "\\xXX", isBytes: isBytes, into: &output)
        case UInt8(ascii: "u") where !isBytes:
            return hexEscape(at: &position, end: end, digits: 4, kind: "\\uXXXX", isBytes: false, into: &output)
        case UInt8(ascii: "U") where !isBytes:
            return hexEscape(at: &position, end: end, digits: 8, kind: "\\UXXXXXXXX", isBytes: false,
                             into: &output)
        case UInt8(ascii: "N") where !isBytes:
            return namedEscape(at: &position, end: end, into: &output)
        default:
            // Not an escape: keep the backslash and re-read the next byte normally.
            output.append(UInt8(ascii: "\\"))
            position &-= 1
        }
        return nil
    }

    /// Reads one to three octal digits starting at `position`.
    private func octalEscape(at position: inout Int, end: Int) -> UInt32 {
        var value: UInt32 = 0
        var count = 0
        while count < 3 && position < end, bytes[position] >= 0x30 && bytes[position] <= 0x37 {
            value = value &* 8 &+ UInt32(bytes[position] &- 0x30)
            position &+= 1
            count &+= 1
        }
        return value
    }

    /// Reads exactly `digits` hex digits for `\x`, `\u` or `\U`.
    private func hexEscape(at position: inout Int, end: Int, digits: Int, kind: String, isBytes: Bool,
                           into output: inout [UInt8]) -> EscapeFailure? {
        var value: UInt32 = 0
        for count in 0..<digits {
            guard position < end, let digit = Lexer.hexValue(bytes[position]) else {
                return .truncated(kind: kind, length: count &+ 2)
            }
            value = value << 4 | digit
            position &+= 1
        }
        if value > 0x10FFFF {
            return .illegalCharacter(length: digits &+ 2)
        }
        appendCodePoint(value, isBytes: isBytes, into: &output)
        return nil
    }

    /// Reads `{NAME}` after `\N`.
    private func namedEscape(at position: inout Int, end: Int, into output: inout [UInt8]) -> EscapeFailure? {
        guard position < end, bytes[position] == UInt8(ascii: "{") else {
            return .malformedName(length: 2)
        }
        var close = position &+ 1
        while close < end && bytes[close] != UInt8(ascii: "}") {
            close &+= 1
        }
        guard close < end, close > position &+ 1 else {
            return .malformedName(length: close &- position &+ 2)
        }
        let name = String(decoding: bytes[(position &+ 1)..<close], as: UTF8.self)
        guard let scalar = UnicodeNames.scalar(named: name) else {
            return .unknownName(length: close &- position &+ 3)
        }
        position = close &+ 1
        appendCodePoint(scalar.value, isBytes: false, into: &output)
        return nil
    }

    /// Appends a code point as UTF-8, or its low byte for `bytes` literals.
    private func appendCodePoint(_ value: UInt32, isBytes: Bool, into output: inout [UInt8]) {
        if isBytes {
            output.append(UInt8(truncatingIfNeeded: value))
            return
        }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        output.append(contentsOf: String(Character(scalar)).utf8)
    }
}
