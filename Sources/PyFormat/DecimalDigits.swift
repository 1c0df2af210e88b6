#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite double, in the shape David Gay's `_Py_dg_dtoa`
/// hands them to CPython: value = 0.d₁d₂d₃… × 10^`decimalPoint`, with no leading
/// zeros and no trailing zeros. Zero is the single digit "0" with point 1; a value
/// that rounds to nothing in fixed mode has no digits at all.
///
/// CPython formats floats by laying out these digits (pystrtod.c), so reproducing
/// them exactly is what makes every later step exact.
struct DecimalDigits {
    /// ASCII digits.
    var digits: [UInt8]
    /// Position of the decimal point relative to the first digit.
    var decimalPoint: Int
    /// The sign bit (set for -0.0 too, as in dtoa).
    var negative: Bool

    /// dtoa mode 0: the shortest digits that round-trip, closest to the true value.
    ///
    /// Swift's `description` already produces exactly these digits (SwiftDtoa is
    /// shortest and closest, like Gay's mode 0); only the layout differs, so the
    /// digits and exponent are read back out of it.
    static func shortest(_ x: Double) -> DecimalDigits {
        var result = DecimalDigits(digits: [], decimalPoint: 0, negative: x.sign == .minus)
        if x == 0 {
            result.digits = [UInt8(ascii: "0")]
            result.decimalPoint = 1
            return result
        }
        let text = x.magnitude.description
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var integerDigits = 0
        var seenPoint = false
        var exponent = 0
        var exponentNegative = false
        var inExponent = false
        for byte in text.utf8 {
            if inExponent {
                switch byte {
                case UInt8(ascii: "-"): exponentNegative = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): exponent = exponent * 10 + Int(byte &- 48)
                default: break
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
                if !seenPoint { integerDigits += 1 }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            default: break
            }
        }
        var point = integerDigits + (exponentNegative ? -exponent : exponent)
        var start = 0
        while start < digits.count && digits[start] == UInt8(ascii: "0") {
            start += 1
            point -= 1
        }
        var end = digits.count
        while end > start && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        result.digits = Array(digits[start..<end])
        result.decimalPoint = point
        return result
    }

    /// dtoa mode 2: `count` (≥ 1) significant digits, correctly rounded half-even.
    ///
    /// glibc's printf is correctly rounded on the exact binary value, as dtoa is.
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        if x == 0 {
            return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1, negative: x.sign == .minus)
        }
        if count <= 17 {
            let shortest = DecimalDigits.shortest(x)
            // Grid spacing of `count` significant digits, a decade finer to be safe at 10^k edges.
            if let rounded = shortest.rounded(keeping: count, x: x, gridExponent: shortest.decimalPoint - count - 1) {
                return rounded
            }
        }
        return significantExact(x, count: count)
    }

    /// Mode 2 from printf's exact conversion (the slow path of `significant`).
    static func significantExact(_ x: Double, count: Int) -> DecimalDigits {
        if x == 0 {
            return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1, negative: x.sign == .minus)
        }
        // A double's exact expansion has at most 767 significant digits; beyond
        // that printf only adds zeros, which dtoa strips anyway.
        let wanted = min(max(count, 1), 800)
        let text = printf("%.*e", precision: wanted - 1, x.magnitude, capacity: wanted + 16)
        var digits: [UInt8] = []
        digits.reserveCapacity(wanted)
        var exponent = 0
        var exponentNegative = false
        var inExponent = false
        for byte in text {
            if inExponent {
                if byte == UInt8(ascii: "-") { exponentNegative = true }
                else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { exponent = exponent * 10 + Int(byte &- 48) }
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte)
            } else if byte == UInt8(ascii: "e") {
                inExponent = true
            }
        }
        while digits.count > 1 && digits[digits.count - 1] == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(
            digits: digits,
            decimalPoint: (exponentNegative ? -exponent : exponent) + 1,
            negative: x.sign == .minus)
    }

    /// dtoa mode 3: rounded (half-even, correctly) to `places` (≥ 0) digits after the point.
    static func fixed(_ x: Double, places: Int) -> DecimalDigits {
        if x == 0 {
            return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1, negative: x.sign == .minus)
        }
        if places <= 17 && x.magnitude < 1e17 {
            let shortest = DecimalDigits.shortest(x)
            if let rounded = shortest.rounded(keeping: shortest.decimalPoint + places, x: x, gridExponent: -places) {
                return rounded
            }
        }
        return fixedExact(x, places: places)
    }

    /// Mode 3 from printf's exact conversion (the slow path of `fixed`).
    static func fixedExact(_ x: Double, places: Int) -> DecimalDigits {
        if x == 0 {
            return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1, negative: x.sign == .minus)
        }
        // At most 1074 digits follow the point in a double's exact expansion.
        let wanted = min(max(places, 0), 1100)
        let text = printf("%.*f", precision: wanted, x.magnitude, capacity: wanted + 330)
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        var integerDigits = 0
        var seenPoint = false
        for byte in text {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte)
                if !seenPoint { integerDigits += 1 }
            }
        }
        var point = integerDigits
        var start = 0
        while start < digits.count && digits[start] == UInt8(ascii: "0") {
            start += 1
            point -= 1
        }
        var end = digits.count
        while end > start && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == end {
            // Rounded to nothing: dtoa gives no digits and the point at -places.
            return DecimalDigits(digits: [], decimalPoint: -places, negative: x.sign == .minus)
        }
        return DecimalDigits(digits: Array(digits[start..<end]), decimalPoint: point, negative: x.sign == .minus)
    }

    /// These (shortest) digits correctly rounded to their first `keep` digits, when that
    /// can be decided without the exact binary value; nil means "ask printf".
    ///
    /// Why this is exact: the shortest digits `s` lie within half an ulp of `x`, and no
    /// shorter string does. A rounding midpoint `m` (keep + 1 digits) strictly between
    /// `x` and `s` would also round-trip and be shorter than an `s` of more than keep + 1
    /// digits, so then rounding `s` equals rounding `x` (and `x` itself cannot be a
    /// midpoint, or `s` would be that short). When `s` has at most `keep` digits it is
    /// the answer if the rounding grid (10^gridExponent) is coarser than ~4 ulps of `x`.
    func rounded(keeping keep: Int, x: Double, gridExponent: Int) -> DecimalDigits? {
        guard keep >= 1 else { return nil }
        let count = digits.count
        if count <= keep {
            guard gridExponent >= -22 && gridExponent <= 22 else { return nil }
            let grid = DecimalDigits.powersOfTen[gridExponent + 22]
            return x.ulp * 4 < grid ? self : nil
        }
        // With exactly keep + 1 digits, a final 5 may be a true tie or only look like one
        // (2.675 is 2.67499…); other final digits cannot hide a midpoint, because a midpoint
        // between `x` and `s` would be as short as `s` and closer to `x`.
        if count == keep + 1 && digits[keep] == UInt8(ascii: "5") { return nil }
        var kept = Array(digits[0..<keep])
        var point = decimalPoint
        if digits[keep] >= UInt8(ascii: "5") {
            // Never a tie here: a 5 is followed by more digits (none are trailing zeros).
            var index = keep - 1
            while index >= 0 && kept[index] == UInt8(ascii: "9") {
                kept[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 {
                kept[index] += 1
            } else {
                kept.insert(UInt8(ascii: "1"), at: 0)
                kept.removeLast()
                point += 1
            }
        }
        while kept.count > 1 && kept[kept.count - 1] == UInt8(ascii: "0") { kept.removeLast() }
        return DecimalDigits(digits: kept, decimalPoint: point, negative: negative)
    }

    /// 1e-22 … 1e22 (each the double nearest the power).
    static let powersOfTen: [Double] = (-22...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent.magnitude { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }

    /// `snprintf(format, precision, value)` as ASCII bytes; `format` takes `*` precision then a double.
    private static func printf(_ format: String, precision: Int, _ value: Double, capacity: Int) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer -> [UInt8] in
            guard let base = buffer.baseAddress else { return [] }
            let written = withVaList([Int32(precision), value]) { arguments in
                vsnprintf(base, capacity, format, arguments)
            }
            let count = max(0, min(Int(written), capacity - 1))
            return UnsafeRawBufferPointer(start: base, count: count).map { $0 }
        }
    }
}
