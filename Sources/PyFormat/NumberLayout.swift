/// Padding, sign, prefix and digit grouping of a formatted number: CPython's
/// `calc_number_widths`, `fill_number` and `_PyUnicode_InsertThousandsGrouping`
/// (formatter_unicode.c, unicodeobject.c), which `format()` uses for int and float.
///
/// The output is `<lpad><sign><prefix><spad><grouped digits><tail><rpad>`, where at
/// most one of the paddings is non-empty.
enum NumberLayout {
    /// Appends the laid-out number to `out`.
    ///
    /// - Parameters:
    ///   - negative: whether the number carries a minus sign.
    ///   - prefix: `0x`, `0o`, `0b` or empty.
    ///   - digits: the integral digits, grouped and zero-padded as the spec asks.
    ///   - tail: what follows the digits untouched (decimal point, fraction, exponent, `%`,
    ///     `inf`, or the character of `c`).
    ///   - upper: upper-case the prefix and digits (`X`).
    static func render(
        into out: inout String, spec: FormatSpec, negative: Bool, prefix: String = "",
        digits: some Collection<UInt8>, tail: Substring = "", upper: Bool = false
    ) throws {
        var signChar: Unicode.Scalar?
        switch spec.sign {
        case "+": signChar = negative ? "-" : "+"
        case " ": signChar = negative ? "-" : " "
        default: signChar = negative ? "-" : nil
        }
        let tailCount = tail.unicodeScalars.count
        let prefixCount = prefix.utf8.count
        let nonDigits = (signChar == nil ? 0 : 1) + prefixCount + tailCount
        let width = spec.width ?? -1
        try PyFormatError.checkLength(width)
        // Zero padding goes inside the grouping only for an explicit or implied '0='.
        let minWidth = spec.fill == "0" && spec.align == "=" ? width - nonDigits : 0
        let (groupSize, separator): (Int, UInt8?) = switch spec.grouping {
        case .none: (0, nil)
        case .comma: (3, UInt8(ascii: ","))
        case .underscore: (3, UInt8(ascii: "_"))
        case .underscoreFour: (4, UInt8(ascii: "_"))
        }
        if minWidth > PyFormatError.maxResultLength { try PyFormatError.checkLength(minWidth) }
        let grouped = digits.isEmpty ? [] : group(digits, minWidth: minWidth, groupSize: groupSize, separator: separator)

        var left = 0, inner = 0, right = 0
        let padding = width - (nonDigits + grouped.count)
        if padding > 0 {
            switch spec.align {
            case "<": right = padding
            case "^":
                left = padding / 2
                right = padding - left
            case "=": inner = padding
            default: left = padding
            }
        }
        try PyFormatError.checkLength(max(width, 0) + nonDigits + grouped.count)

        let fill = spec.fill
        func pad(_ count: Int) {
            for _ in 0..<count { out.unicodeScalars.append(fill) }
        }
        pad(left)
        if let signChar { out.unicodeScalars.append(signChar) }
        out += upper ? prefix.uppercased() : prefix
        pad(inner)
        if upper {
            out += String(decoding: grouped.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 32 : $0 }, as: UTF8.self)
        } else {
            out += String(decoding: grouped, as: UTF8.self)
        }
        out += tail
        pad(right)
    }

    /// `_PyUnicode_InsertThousandsGrouping`: separators every `groupSize` digits
    /// (none when 0), with leading zeros (and separators between them) until the
    /// result is at least `minWidth` long — CPython's exact rule, so
    /// `format(1234, '010,')` gives `00,001,234`.
    static func group(
        _ digits: some Collection<UInt8>, minWidth rawMinWidth: Int, groupSize: Int, separator: UInt8?
    ) -> [UInt8] {
        let source = Array(digits)
        var minWidth = max(0, rawMinWidth)
        let separatorLength = separator == nil ? 0 : 1
        var remaining = source.count
        var reversed: [UInt8] = []
        reversed.reserveCapacity(max(remaining, minWidth) + remaining / max(groupSize, 1) + 2)
        var useSeparator = false

        func emit(chars: Int, zeros: Int) {
            if useSeparator, let separator { reversed.append(separator) }
            if chars > 0 {
                for index in stride(from: remaining - 1, through: remaining - chars, by: -1) {
                    reversed.append(source[index])
                }
            }
            if zeros > 0 { reversed.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros)) }
        }

        var finished = false
        if groupSize > 0 {
            while true {
                let length = min(groupSize, max(max(remaining, minWidth), 1))
                let zeros = max(0, length - remaining)
                let chars = max(0, min(remaining, length))
                emit(chars: chars, zeros: zeros)
                useSeparator = true
                remaining -= chars
                minWidth -= length
                if remaining <= 0 && minWidth <= 0 {
                    finished = true
                    break
                }
                minWidth -= separatorLength
            }
        }
        if !finished {
            let length = max(max(remaining, minWidth), 1)
            let zeros = max(0, length - remaining)
            let chars = max(0, min(remaining, length))
            emit(chars: chars, zeros: zeros)
        }
        reversed.reverse()
        return reversed
    }
}
