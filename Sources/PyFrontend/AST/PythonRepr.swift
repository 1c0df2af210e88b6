/// Python `repr()` of the literal values that appear in ASTs, for `ast.dump` output (and for
/// any other Python source the project writes, such as tool stubs).
public enum PythonRepr {
    /// `repr(str)`: single quotes unless the text has a single quote and no double quote.
    public static func string(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += hexEscape(scalar.value)
                }
            }
        }
        return out + String(quote)
    }

    /// `repr(bytes)`.
    static func bytes(_ bytes: [UInt8]) -> String {
        let hasSingle = bytes.contains(UInt8(ascii: "'"))
        let quote: UInt8 = hasSingle && !bytes.contains(UInt8(ascii: "\"")) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out = "b" + String(Unicode.Scalar(quote))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            case quote: out += "\\" + String(Unicode.Scalar(quote))
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default: out += hexEscape(UInt32(byte))
            }
        }
        return out + String(Unicode.Scalar(quote))
    }

    /// `repr(float)`: shortest round-trip digits, like Python.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return value.description
    }

    /// Converts big-integer digits in `radix` to decimal text.
    static func decimal(digits: String, radix: Int) -> String {
        if radix == 10 {
            return digits.isEmpty ? "0" : digits
        }
        // Little-endian base-10^9 limbs; each input digit multiplies by radix and adds.
        var limbs: [UInt64] = [0]
        for character in digits.unicodeScalars {
            var carry = UInt64(Int(String(character), radix: radix) ?? 0)
            for index in limbs.indices {
                let value = limbs[index] &* UInt64(radix) &+ carry
                limbs[index] = value % 1_000_000_000
                carry = value / 1_000_000_000
            }
            if carry > 0 {
                limbs.append(carry)
            }
        }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 &- part.count) + part
        }
        return text
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let (prefix, width) = value < 0x100 ? ("\\x", 2) : value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        let hex = String(value, radix: 16)
        return prefix + String(repeating: "0", count: max(0, width &- hex.count)) + hex
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
