// Escapes and character classes.

extension PatternParser {
    /// A class escape or a single scalar.
    enum ClassAtom {
        case scalar(Unicode.Scalar)
        case set(ScalarSet)
    }

    /// AtomEscape, after the backslash (outside a class; `\b` and `\B` are handled as
    /// assertions before this).
    mutating func parseAtomEscape() throws(PatternError) -> PatternNode {
        switch try parseEscape(inClass: false) {
        case .scalar(let scalar): .scalar(scalar)
        case .set(let set): .set(set)
        }
    }

    /// CharacterClass, after the `[`: ClassRanges up to `]`.
    mutating func parseClass() throws(PatternError) -> ScalarSet {
        var negated = false
        if current == "^" {
            negated = true
            index += 1
        }
        var set = ScalarSet()
        while true {
            guard let scalar = current else { throw syntax("unterminated character class") }
            if scalar == "]" {
                index += 1
                break
            }
            let first = try parseClassAtom()
            // A '-' between two atoms makes a range, except before the closing ']'.
            guard current == "-", let after = peek(1), after != "]" else {
                add(first, to: &set)
                continue
            }
            index += 1
            let last = try parseClassAtom()
            guard case .scalar(let low) = first, case .scalar(let high) = last else {
                throw syntax("a class escape cannot be a range bound")
            }
            guard low.value <= high.value else { throw syntax("range out of order in character class") }
            set.insert(low.value...high.value)
        }
        return negated ? set.inverted : set
    }

    private func add(_ atom: ClassAtom, to set: inout ScalarSet) {
        switch atom {
        case .scalar(let scalar): set.insert(scalar.value...scalar.value)
        case .set(let other): set.formUnion(other)
        }
    }

    private mutating func parseClassAtom() throws(PatternError) -> ClassAtom {
        guard let scalar = current else { throw syntax("unterminated character class") }
        index += 1
        guard scalar == "\\" else { return .scalar(scalar) }
        return try parseEscape(inClass: true)
    }

    /// The escape after a backslash. Inside a class `\b` is backspace and `\-` is allowed.
    private mutating func parseEscape(inClass: Bool) throws(PatternError) -> ClassAtom {
        guard let letter = current else { throw syntax("pattern ends with a backslash") }
        index += 1
        switch letter {
        case "d": return .set(.digits)
        case "D": return .set(ScalarSet.digits.inverted)
        case "w": return .set(.wordCharacters)
        case "W": return .set(ScalarSet.wordCharacters.inverted)
        case "s": return .set(.whitespace)
        case "S": return .set(ScalarSet.whitespace.inverted)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "v": return .scalar("\u{0B}")
        case "f": return .scalar("\u{0C}")
        case "r": return .scalar("\r")
        case "b" where inClass: return .scalar("\u{08}")
        case "-" where inClass: return .scalar("-")
        case "0" where current.flatMap(asciiDigit) == nil: return .scalar("\0")
        case "1"..."9":
            throw unsupported("backreferences are not supported")
        case "k":
            throw unsupported("named backreferences are not supported")
        case "p", "P":
            throw unsupported("Unicode property escapes '\\p{…}' are not supported")
        case "c":
            guard let control = current, control.isASCII, control.properties.isAlphabetic else {
                throw syntax("invalid control escape '\\c'")
            }
            index += 1
            return .scalar(Unicode.Scalar(UInt8(control.value % 32)))
        case "x":
            return .scalar(try parseHexScalar(digits: 2))
        case "u":
            return .scalar(try parseUnicodeEscape())
        case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
            return .scalar(letter)
        default:
            throw unsupported("the escape '\\\(letter)' is not supported")
        }
    }

    /// `\uHHHH` (a surrogate pair as two escapes) or `\u{H…}`, after the `u`.
    private mutating func parseUnicodeEscape() throws(PatternError) -> Unicode.Scalar {
        if current == "{" {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            while let scalar = current, let digit = HexDigit.value(scalar) {
                value = Swift.min(value * 16 + digit, 0x110000)
                digits += 1
                index += 1
            }
            guard digits > 0, current == "}", let scalar = Unicode.Scalar(value) else {
                throw syntax("invalid '\\u{…}' escape")
            }
            index += 1
            return scalar
        }
        let unit = try parseHexValue(digits: 4)
        if UTF16.isLeadSurrogate(UInt16(unit)), current == "\\", peek(1) == "u" {
            let saved = index
            index += 2
            if let low = try? parseHexValue(digits: 4), UTF16.isTrailSurrogate(UInt16(low)),
               let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) {
                return scalar
            }
            index = saved
        }
        guard let scalar = Unicode.Scalar(unit) else {
            throw unsupported("a lone surrogate escape can never match")
        }
        return scalar
    }

    private mutating func parseHexScalar(digits: Int) throws(PatternError) -> Unicode.Scalar {
        guard let scalar = Unicode.Scalar(try parseHexValue(digits: digits)) else {
            throw syntax("invalid escape")
        }
        return scalar
    }

    private mutating func parseHexValue(digits: Int) throws(PatternError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let scalar = current, let digit = HexDigit.value(scalar) else {
                throw syntax("invalid hexadecimal escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
