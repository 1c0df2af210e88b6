extension JSONParser {
    /// number: [ '-' ] int [ frac ] [ exp ]
    ///
    /// Returns nil, consuming nothing, when no number starts here. Like CPython, it takes the
    /// longest prefix that is a number and leaves the rest: `01` reads `0` and then fails with
    /// "Extra data", `1.` reads `1`.
    mutating func parseNumber() -> JSONNumber? {
        guard let end = JSONNumberGrammar.scan(bytes, from: position) else { return nil }
        let literal = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end
        return JSONNumber(uncheckedLiteral: literal)
    }
}

/// RFC 8259's number grammar, shared by the parser and ``JSONNumber/init(literal:)``.
enum JSONNumberGrammar {
    /// The end of the longest number starting at `start`, or nil when none starts there.
    ///
    /// int = '0' / digit1-9 *DIGIT; frac = '.' 1*DIGIT; exp = ('e' / 'E') ['-' / '+'] 1*DIGIT.
    /// A `.` or exponent not followed by a digit is not part of the number.
    static func scan(_ bytes: [UInt8], from start: Int) -> Int? {
        func byte(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        func isDigit(_ offset: Int) -> Bool {
            guard let value = byte(offset) else { return false }
            return value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9")
        }
        guard start >= 0 else { return nil }
        var index = start
        if byte(index) == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return nil }
        if byte(index) == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        if byte(index) == UInt8(ascii: "."), isDigit(index + 1) {
            index += 2
            while isDigit(index) { index += 1 }
        }
        if let marker = byte(index), marker | 0x20 == UInt8(ascii: "e") {
            var exponentStart = index + 1
            if byte(exponentStart) == UInt8(ascii: "-") || byte(exponentStart) == UInt8(ascii: "+") {
                exponentStart += 1
            }
            if isDigit(exponentStart) {
                index = exponentStart
                while isDigit(index) { index += 1 }
            }
        }
        return index
    }
}
