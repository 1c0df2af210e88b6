/// CPython's float-to-text conversions (`PyOS_double_to_string` in pystrtod.c).
public enum FloatRepr {
    /// `repr(x)` and `str(x)` (the same in Python 3): the shortest digits that
    /// round-trip, in exponent form when the decimal exponent is < -4 or >= 16,
    /// otherwise with at least one digit after the point.
    ///
    /// Examples: `1.0`, `-0.0`, `1e+16`, `1.5e-05`, `123456789012345.0`,
    /// `1.2345678901234567e+19`, `inf`, `-inf`, `nan`.
    public static func repr(_ x: Double) -> String {
        String(decoding: render(x, code: UInt8(ascii: "r"), precision: 0, addDotZero: true), as: UTF8.self)
    }

    /// `PyOS_double_to_string(x, code, precision, flags)`: the C-level formatting
    /// that `%`-formatting and `format()` build on.
    ///
    /// - Parameters:
    ///   - code: one of `e E f F g G r` (`r` is repr's shortest form and ignores `precision`).
    ///     Any other code is treated as `r`.
    ///   - precision: digits after the point (`e f`) or significant digits (`g`; 0 means 1);
    ///     negative values count as 0.
    ///   - alwaysSign: write `+` for non-negative values (`Py_DTSF_SIGN`).
    ///   - addDotZero: keep a `.0` on integral non-exponent results (`Py_DTSF_ADD_DOT_0`).
    ///   - alternate: `#` form: keep the point and trailing zeros (`Py_DTSF_ALT`).
    ///   - noNegativeZero: `z` option: a result that rounds to zero loses its minus sign.
    /// - Throws: MemoryError when the precision would make the result absurdly long.
    public static func format(
        _ x: Double, code: Character, precision: Int,
        alwaysSign: Bool = false, addDotZero: Bool = false,
        alternate: Bool = false, noNegativeZero: Bool = false
    ) throws -> String {
        let byte = code.asciiValue ?? UInt8(ascii: "r")
        if byte != UInt8(ascii: "g") && byte != UInt8(ascii: "G") || alternate {
            try PyFormatError.checkLength(precision)
        }
        return String(decoding: render(
            x, code: byte, precision: max(0, precision), alwaysSign: alwaysSign,
            addDotZero: addDotZero, alternate: alternate, noNegativeZero: noNegativeZero), as: UTF8.self)
    }

    /// The ASCII bytes of `PyOS_double_to_string` followed by `format_float_short`.
    static func render(
        _ x: Double, code rawCode: UInt8, precision rawPrecision: Int,
        alwaysSign: Bool = false, addDotZero: Bool = false,
        alternate: Bool = false, noNegativeZero: Bool = false
    ) -> [UInt8] {
        var precision = rawPrecision
        var upper = false
        var code: UInt8
        switch rawCode {
        case UInt8(ascii: "E"), UInt8(ascii: "e"):
            upper = rawCode == UInt8(ascii: "E")
            code = UInt8(ascii: "e")
            precision += 1  // dtoa counts significant digits; 'e' counts those after the point
        case UInt8(ascii: "F"), UInt8(ascii: "f"):
            upper = rawCode == UInt8(ascii: "F")
            code = UInt8(ascii: "f")
        case UInt8(ascii: "G"), UInt8(ascii: "g"):
            upper = rawCode == UInt8(ascii: "G")
            code = UInt8(ascii: "g")
            if precision == 0 { precision = 1 }  // precision 0 makes no sense for 'g'
        default:
            code = UInt8(ascii: "r")
            precision = 0
        }

        var out: [UInt8] = []
        if !x.isFinite {
            // The sign of a nan is never shown.
            if x.isInfinite && x.sign == .minus {
                out.append(UInt8(ascii: "-"))
            } else if alwaysSign {
                out.append(UInt8(ascii: "+"))
            }
            let word: StaticString = x.isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")
            word.withUTF8Buffer { out.append(contentsOf: $0) }
            return out
        }

        let decimal: DecimalDigits
        switch code {
        case UInt8(ascii: "r"): decimal = .shortest(x)
        case UInt8(ascii: "f"): decimal = .fixed(x, places: precision)
        default: decimal = .significant(x, count: precision)
        }
        let digits = decimal.digits
        let digitCount = digits.count
        var negative = decimal.negative
        if noNegativeZero && negative && (digitCount == 0 || (digitCount == 1 && digits[0] == UInt8(ascii: "0"))) {
            negative = false
        }

        // Output the slice vdigits[start..<end] of the digits padded with zeros
        // on both sides, with the point at `point` (see format_float_short).
        var point = decimal.decimalPoint
        var end = digitCount
        var useExponent = false
        switch code {
        case UInt8(ascii: "e"):
            useExponent = true
            end = precision
        case UInt8(ascii: "f"):
            end = point + precision
        case UInt8(ascii: "g"):
            if point <= -4 || point > (addDotZero ? precision - 1 : precision) { useExponent = true }
            if alternate { end = precision }
        default:
            // repr switches to exponent form at 1e16.
            if point <= -4 || point > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0
        if !useExponent && addDotZero {
            end = max(end, point + 1)
        } else {
            end = max(end, point)
        }

        out.reserveCapacity(end - start + 8)
        if negative {
            out.append(UInt8(ascii: "-"))
        } else if alwaysSign {
            out.append(UInt8(ascii: "+"))
        }
        func zeros(_ count: Int) {
            if count > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count)) }
        }
        if point <= 0 {
            zeros(point - start)
            out.append(UInt8(ascii: "."))
            zeros(-point)
        } else {
            zeros(-start)
        }
        if 0 < point && point <= digitCount {
            out.append(contentsOf: digits[0..<point])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[point...])
        } else {
            out.append(contentsOf: digits)
        }
        if digitCount < point {
            zeros(point - digitCount)
            out.append(UInt8(ascii: "."))
            zeros(end - point)
        } else {
            zeros(end - digitCount)
        }
        if out.last == UInt8(ascii: ".") && !alternate {
            out.removeLast()
        }
        if useExponent {
            out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            // C's "%+.02d": a sign, then at least two digits.
            out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = exponent.magnitude
            if magnitude < 10 { out.append(UInt8(ascii: "0")) }
            out.append(contentsOf: String(magnitude).utf8)
        }
        return out
    }
}
