/// The exact value of a JSON number literal: `0.d₁d₂…dₙ × 10^pointExponent`, sign separate.
///
/// Normalized so that equal values have equal representations: no leading or trailing zero
/// digits, and zero is `digits == []` with `negative == false`. Schema keywords (`minimum`,
/// `multipleOf`, `integer`, `enum`) are decided on this form, never on a rounded `Double`.
struct DecimalNumber: Hashable, Comparable, Sendable {
    /// True for values below zero.
    var negative: Bool
    /// Significant digits, each 0...9; the first and last are nonzero.
    var digits: [UInt8]
    /// Decimal exponent applied to `0.digits`.
    var pointExponent: Int

    /// Exponents are clamped here: far beyond any meaningful magnitude, yet `limit * 10 + 9` and
    /// the sum with the digit count of any input that fits in memory stay far from `Int` overflow.
    static let exponentLimit = 1 << 58

    var isZero: Bool { digits.isEmpty }

    /// Parses a literal known to match the JSON number grammar.
    init(literal: String) {
        var negative = false
        var mantissa: [UInt8] = []
        var integerDigits = 0
        var inFraction = false
        var exponent = 0
        var exponentNegative = false
        var inExponent = false
        for byte in literal.utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                if inExponent { exponentNegative = true } else { negative = true }
            case UInt8(ascii: "+"):
                break
            case UInt8(ascii: "."):
                inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if inExponent {
                    if exponent < Self.exponentLimit { exponent = exponent * 10 + Int(digit) }
                } else {
                    mantissa.append(digit)
                    if !inFraction { integerDigits += 1 }
                }
            default:
                break
            }
        }
        exponent = min(exponent, Self.exponentLimit)
        let leadingZeros = mantissa.prefix { $0 == 0 }.count
        let trailingZeros = mantissa.reversed().prefix { $0 == 0 }.count
        guard leadingZeros < mantissa.count else {
            self.init(negative: false, digits: [], pointExponent: 0)
            return
        }
        let significant = Array(mantissa[leadingZeros..<(mantissa.count - trailingZeros)])
        let signedExponent = exponentNegative ? -exponent : exponent
        self.init(negative: negative, digits: significant, pointExponent: integerDigits - leadingZeros + signedExponent)
    }

    init(negative: Bool, digits: [UInt8], pointExponent: Int) {
        self.negative = negative
        self.digits = digits
        self.pointExponent = pointExponent
    }

    /// True when the fractional part is zero.
    var isInteger: Bool {
        isZero || pointExponent >= digits.count
    }

    /// The value as an `Int64` when it is an integer in range.
    var int64Value: Int64? {
        guard isInteger else { return nil }
        guard !isZero else { return 0 }
        guard pointExponent <= 19, let magnitude = integerMagnitude else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The absolute value of an integer as a `UInt64`, or nil when it does not fit.
    private var integerMagnitude: UInt64? {
        var magnitude: UInt64 = 0
        for position in 0..<max(pointExponent, 0) {
            let digit = position < digits.count ? digits[position] : 0
            let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(UInt64(digit))
            guard !overflowA, !overflowB else { return nil }
            magnitude = sum
        }
        return magnitude
    }

    static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let lhsSign = lhs.isZero ? 0 : (lhs.negative ? -1 : 1)
        let rhsSign = rhs.isZero ? 0 : (rhs.negative ? -1 : 1)
        if lhsSign != rhsSign { return lhsSign < rhsSign }
        if lhsSign == 0 { return false }
        let magnitudeLess = Self.magnitudeLess(lhs, rhs)
        let magnitudeGreater = Self.magnitudeLess(rhs, lhs)
        return lhs.negative ? magnitudeGreater : magnitudeLess
    }

    /// Compares absolute values of two nonzero numbers.
    private static func magnitudeLess(_ lhs: DecimalNumber, _ rhs: DecimalNumber) -> Bool {
        if lhs.pointExponent != rhs.pointExponent { return lhs.pointExponent < rhs.pointExponent }
        // Same magnitude order: digits compare lexicographically, a proper prefix being smaller.
        return lhs.digits.lexicographicallyPrecedes(rhs.digits)
    }
}
