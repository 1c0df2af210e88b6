extension JSONParser {
    /// string: quotation-mark *char quotation-mark
    ///
    /// The read position is at the opening quote. Runs without escapes are decoded in one piece
    /// (the whole input was checked to be UTF-8 beforehand); escapes are decoded into a buffer.
    mutating func parseString() throws(JSONParseError) -> String {
        let begin = position
        var index = position + 1
        var chunkStart = index
        var buffer: [UInt8] = []
        var escaped = false
        while true {
            guard let byte = byte(at: index) else {
                throw error(.unterminatedString, "Unterminated string starting at", at: begin)
            }
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                guard escaped else { return String(decoding: bytes[chunkStart..<index], as: UTF8.self) }
                buffer.append(contentsOf: bytes[chunkStart..<index])
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                escaped = true
                buffer.append(contentsOf: bytes[chunkStart..<index])
                index = try parseEscape(at: index, stringStart: begin, into: &buffer)
                chunkStart = index
            case 0x00..<0x20:
                throw error(.invalidControlCharacter, "Invalid control character at", at: index)
            default:
                index += 1
            }
        }
    }

    /// escape: '\' ( '"' / '\' / '/' / 'b' / 'f' / 'n' / 'r' / 't' / 'u' 4HEXDIG )
    ///
    /// Appends the decoded UTF-8 to `buffer` and returns the offset after the escape.
    private func parseEscape(
        at backslash: Int, stringStart: Int, into buffer: inout [UInt8]
    ) throws(JSONParseError) -> Int {
        guard let letter = byte(at: backslash + 1) else {
            throw error(.unterminatedString, "Unterminated string starting at", at: stringStart)
        }
        let simple: UInt8? = switch letter {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            buffer.append(simple)
            return backslash + 2
        }
        guard letter == UInt8(ascii: "u") else {
            throw error(.invalidEscape, "Invalid \\escape", at: backslash)
        }
        return try parseUnicodeEscape(at: backslash, into: &buffer)
    }

    /// '\u' 4HEXDIG, or a surrogate pair '\uD8xx\uDCxx'.
    private func parseUnicodeEscape(at backslash: Int, into buffer: inout [UInt8]) throws(JSONParseError) -> Int {
        let unit = try hexQuad(after: backslash)
        var end = backslash + 6
        var scalarValue = UInt32(unit)
        if UTF16.isLeadSurrogate(unit) {
            // CPython only looks for a partner when one more character follows it, which a
            // well-formed string always has (the closing quote).
            if byte(at: end) == UInt8(ascii: "\\"), byte(at: end + 1) == UInt8(ascii: "u"), end + 6 < bytes.count {
                let low = try hexQuad(after: end)
                if UTF16.isTrailSurrogate(low) {
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    end += 6
                }
            }
        }
        if let scalar = Unicode.Scalar(scalarValue) {
            buffer.append(contentsOf: scalar.utf8)
        } else if options.loneSurrogates == .replace {
            buffer.append(contentsOf: UTF8.replacementBytes)
        } else {
            throw error(.unpairedSurrogate, "Unpaired surrogate escape", at: backslash)
        }
        return end
    }

    /// The four hex digits after `\u` at `backslash`. Like CPython, at least one character must
    /// follow them, and errors point at the `u`.
    private func hexQuad(after backslash: Int) throws(JSONParseError) -> UInt16 {
        let first = backslash + 2
        guard first + 4 < bytes.count else {
            throw error(.invalidUnicodeEscape, "Invalid \\uXXXX escape", at: backslash + 1)
        }
        var unit: UInt16 = 0
        for offset in first..<(first + 4) {
            guard let digit = byte(at: offset).flatMap(HexDigit.value) else {
                throw error(.invalidUnicodeEscape, "Invalid \\uXXXX escape", at: backslash + 1)
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }
}

extension UTF8 {
    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementBytes: [UInt8] = [0xEF, 0xBF, 0xBD]
}
