/// Python's `repr()` and `ascii()` of `str` values and the character classes they use.
public enum PyRepr {
    /// `repr(text)`: single quotes unless the text has `'` and no `"`; `\\`, the quote,
    /// `\t \n \r` escaped; other non-printable code points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    ///
    /// "Printable" follows `str.isprintable()`: everything except categories Cc, Cf, Cs,
    /// Co, Cn, Zl, Zp and Zs other than the space. (Swift's Unicode tables may be a newer
    /// version than CPython 3.12's Unicode 15.0, which only matters for newly assigned characters.)
    public static func string(_ text: String) -> String {
        quoted(text, asciiOnly: false)
    }

    /// `ascii(text)` for a str: its repr with every non-ASCII code point escaped.
    public static func asciiString(_ text: String) -> String {
        quoted(text, asciiOnly: true)
    }

    /// `ascii()` of any object from its `repr()`: non-ASCII code points become
    /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (the backslashreplace error handler).
    public static func asciiEscaping(_ repr: String) -> String {
        if repr.utf8.allSatisfy({ $0 < 128 }) { return repr }
        var out = ""
        out.reserveCapacity(repr.utf8.count + 16)
        for scalar in repr.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else {
                appendEscape(scalar, to: &out)
            }
        }
        return out
    }

    static func quoted(_ text: String, asciiOnly: Bool) -> String {
        var hasSingle = false
        var hasDouble = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "'") { hasSingle = true } else if byte == UInt8(ascii: "\"") { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        out.unicodeScalars.append(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case quote, "\\":
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(scalar)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    appendEscape(scalar, to: &out)
                } else if scalar.isASCII {
                    out.unicodeScalars.append(scalar)
                } else if !asciiOnly && isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    appendEscape(scalar, to: &out)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    static func appendEscape(_ scalar: Unicode.Scalar, to out: inout String) {
        let value = scalar.value
        let (marker, width): (String, Int) = value <= 0xff ? ("\\x", 2) : value <= 0xffff ? ("\\u", 4) : ("\\U", 8)
        let hex = String(value, radix: 16)
        out += marker
        if hex.utf8.count < width { out += String(repeating: "0", count: width - hex.utf8.count) }
        out += hex
    }

    /// `str.isprintable()` for one code point (`Py_UNICODE_ISPRINTABLE`).
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value < 0x7f }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `str.isspace()` for one code point (`Py_UNICODE_ISSPACE`): ASCII `\t\n\v\f\r`,
    /// `\x1c`–`\x1f` and space, plus the Unicode spaces (bidi class WS/B/S or category Zs).
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0d, 0x1c...0x20, 0x85, 0xa0, 0x1680, 0x2000...0x200a,
             0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
            return true
        default:
            return false
        }
    }
}
