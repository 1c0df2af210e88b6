extension Lexer {
    /// Lexes an integer, float or imaginary literal, following CPython's tokenizer: `_` only
    /// between digits, no leading zeros on non-zero decimal integers, and no identifier
    /// character right after the literal (except the keywords CPython tolerates, like `1if`).
    mutating func lexNumber() throws(SyntaxError) -> Token {
        if peek() == UInt8(ascii: "0") {
            switch peek(1) | 0x20 {
            case UInt8(ascii: "x"): return try lexRadixInteger(radix: 16, name: "hexadecimal")
            case UInt8(ascii: "o"): return try lexRadixInteger(radix: 8, name: "octal")
            case UInt8(ascii: "b"): return try lexRadixInteger(radix: 2, name: "binary")
            default: break
            }
        }
        var integerPart: [UInt8] = []
        if peek() != UInt8(ascii: ".") {
            try scanDecimalDigits(into: &integerPart)
        }
        var fraction: [UInt8]?
        if peek() == UInt8(ascii: ".") {
            index &+= 1
            var digits: [UInt8] = []
            if Lexer.isDigit(peek()) {
                try scanDecimalDigits(into: &digits)
            }
            fraction = digits
        }
        let exponent = try scanExponent()
        if peek() | 0x20 == UInt8(ascii: "j") {
            index &+= 1
            try verifyEndOfNumber("imaginary")
            let value = Lexer.floatValue(integerPart, fraction ?? [], exponent ?? [])
            return finish(.number(.imaginary(value)))
        }
        try verifyEndOfNumber("decimal")
        if fraction != nil || exponent != nil {
            return finish(.number(.float(Lexer.floatValue(integerPart, fraction ?? [], exponent ?? []))))
        }
        if integerPart.count > 1, integerPart.first == UInt8(ascii: "0"), integerPart.contains(where: { $0 != 0x30 }) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line: tokenLine, column: tokenColumn, endColumn: tokenColumn &+ 1)
        }
        return finish(.number(Lexer.integerValue(integerPart, radix: 10)))
    }

    /// Scans `digit ('_'? digit)*`, appending the digits without underscores.
    private mutating func scanDecimalDigits(into digits: inout [UInt8]) throws(SyntaxError) {
        while true {
            while Lexer.isDigit(peek()) {
                digits.append(peek())
                index &+= 1
            }
            guard peek() == UInt8(ascii: "_") else { return }
            index &+= 1
            guard Lexer.isDigit(peek()) else {
                throw error("invalid decimal literal", column: index &- 1 &- lineStart)
            }
        }
    }

    /// Scans an optional exponent `e[+-]digits`, returning its digits with the sign.
    private mutating func scanExponent() throws(SyntaxError) -> [UInt8]? {
        guard peek() | 0x20 == UInt8(ascii: "e") else { return nil }
        var offset = 1
        var exponent: [UInt8] = []
        if peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") {
            exponent.append(peek(1))
            offset = 2
            guard Lexer.isDigit(peek(2)) else {
                throw error("invalid decimal literal", line: tokenLine, column: tokenColumn)
            }
        }
        guard Lexer.isDigit(peek(offset)) else {
            // `1else` is tolerated by CPython; `1e` followed by anything else is an error.
            try verifyEndOfNumber("decimal")
            return nil
        }
        index &+= offset
        try scanDecimalDigits(into: &exponent)
        return exponent
    }

    /// Lexes `0x...`, `0o...` or `0b...` with optional underscores between digits.
    private mutating func lexRadixInteger(radix: Int, name: String) throws(SyntaxError) -> Token {
        index &+= 2
        var digits: [UInt8] = []
        repeat {
            if peek() == UInt8(ascii: "_") {
                index &+= 1
            }
            guard let first = Lexer.hexValue(peek()), first < radix else {
                throw radixError(name: name, radix: radix)
            }
            while let value = Lexer.hexValue(peek()), value < radix {
                digits.append(peek() | (Lexer.isDigit(peek()) ? 0 : 0x20))
                index &+= 1
            }
        } while peek() == UInt8(ascii: "_")
        if radix < 10 && Lexer.isDigit(peek()) {
            throw radixError(name: name, radix: radix)
        }
        try verifyEndOfNumber(name)
        return finish(.number(Lexer.integerValue(digits, radix: radix)))
    }

    /// "invalid digit '8' in octal literal" or "invalid octal literal".
    private func radixError(name: String, radix: Int) -> SyntaxError {
        let byte = peek()
        if radix < 10 && Lexer.isDigit(byte) {
            return error("invalid digit '\(Character(Unicode.Scalar(byte)))' in \(name) literal",
                         column: index &- lineStart)
        }
        return error("invalid \(name) literal", column: index &- 1 &- lineStart)
    }

    /// Rejects an identifier character glued to a number, except the keywords after which
    /// CPython only warns (`and else for if in is not or`).
    private func verifyEndOfNumber(_ kind: String) throws(SyntaxError) {
        let byte = peek()
        guard Lexer.isIdentifierContinue(byte) else { return }
        for word in ["and", "else", "for", "if", "in", "is", "not", "or"] where startsWith(word) {
            return
        }
        throw error("invalid \(kind) literal", line: tokenLine, column: tokenColumn)
    }

    /// Whether the bytes at `index` spell `word`.
    func startsWith(_ word: String) -> Bool {
        var offset = 0
        for byte in word.utf8 {
            guard peek(offset) == byte else { return false }
            offset &+= 1
        }
        return true
    }

    /// The value of integer digits in `radix`: `.int` when it fits, else `.bigInt`.
    static func integerValue(_ digits: [UInt8], radix: Int) -> Constant {
        var value = 0
        for digit in digits {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(hexValue(digit) ?? 0))
            if overflow1 || overflow2 {
                let significant = digits.drop(while: { $0 == UInt8(ascii: "0") })
                return .bigInt(digits: String(decoding: significant, as: UTF8.self), radix: radix)
            }
            value = sum
        }
        return .int(value)
    }

    /// The value of a float literal from its digit groups (underscores already removed).
    static func floatValue(_ integer: [UInt8], _ fraction: [UInt8], _ exponent: [UInt8]) -> Double {
        var text = integer.isEmpty ? "0" : String(decoding: integer, as: UTF8.self)
        text += "." + (fraction.isEmpty ? "0" : String(decoding: fraction, as: UTF8.self))
        if !exponent.isEmpty {
            text += "e" + String(decoding: exponent, as: UTF8.self)
        }
        return Double(text) ?? .infinity
    }
}
