/// The value of an ASCII hexadecimal digit, for `\u` escapes, `%XX` in JSON Pointers and
/// `\x`/`\u` in patterns.
enum HexDigit {
    /// 0...15 for `0-9`, `a-f`, `A-F`; nil for anything else.
    static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The same for a Unicode scalar (non-ASCII scalars are not digits).
    static func value(_ scalar: Unicode.Scalar) -> UInt32? {
        guard scalar.isASCII else { return nil }
        return value(UInt8(truncatingIfNeeded: scalar.value)).map(UInt32.init)
    }
}
