#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Python `float` parsing and rounding with CPython 3.12's rules and messages.
public enum PyFloat {
    /// `float(text)`: surrounding whitespace (any Unicode space), a sign, then `inf`,
    /// `infinity` or `nan` in any case, or a decimal number (digits of any script) with
    /// optional point and exponent; single underscores only between digits. Correctly
    /// rounded; out-of-range values give ±inf or ±0.0 as in CPython.
    ///
    /// - Throws: ValueError "could not convert string to float: 'x'" (with the repr of `text`).
    public static func parse(_ text: String) throws -> Double {
        func invalid() -> PyFormatError {
            .value("could not convert string to float: \(PyRepr.string(text))")
        }
        var bytes = PyInt.asciiDigitsAndSpaces(text)
        if bytes.contains(0) { throw invalid() }  // C string functions stop at NUL
        if bytes.contains(UInt8(ascii: "_")) {
            // _Py_string_to_number_with_underscores: each '_' must sit between two digits.
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: "_") {
                    if !isDigit(previous) { throw invalid() }
                } else {
                    if previous == UInt8(ascii: "_") && !isDigit(byte) { throw invalid() }
                    kept.append(byte)
                }
                previous = byte
            }
            if previous == UInt8(ascii: "_") { throw invalid() }
            bytes = kept
        }
        var start = 0
        var end = bytes.count
        while start < end && PyInt.isASCIISpace(bytes[start]) { start += 1 }
        if start == end { throw invalid() }
        while end - 1 > start && PyInt.isASCIISpace(bytes[end - 1]) { end -= 1 }
        guard let value = parseTrimmed(bytes[start..<end]) else { throw invalid() }
        return value
    }

    /// `PyOS_string_to_double` on an exact span: sign, then inf/infinity/nan or
    /// `digits[.digits][e[sign]digits]` with at least one mantissa digit; nil otherwise.
    static func parseTrimmed(_ span: ArraySlice<UInt8>) -> Double? {
        var index = span.startIndex
        var negative = false
        if index < span.endIndex && (span[index] == UInt8(ascii: "+") || span[index] == UInt8(ascii: "-")) {
            negative = span[index] == UInt8(ascii: "-")
            index += 1
        }
        let rest = span[index...]
        let lowered = rest.map { $0 | 0x20 }
        if lowered.elementsEqual("inf".utf8) || lowered.elementsEqual("infinity".utf8) {
            return negative ? -.infinity : .infinity
        }
        if lowered.elementsEqual("nan".utf8) { return .nan }
        var mantissaDigits = 0
        var cursor = index
        while cursor < span.endIndex && isDigit(span[cursor]) { cursor += 1; mantissaDigits += 1 }
        if cursor < span.endIndex && span[cursor] == UInt8(ascii: ".") {
            cursor += 1
            while cursor < span.endIndex && isDigit(span[cursor]) { cursor += 1; mantissaDigits += 1 }
        }
        if mantissaDigits == 0 { return nil }
        if cursor < span.endIndex && (span[cursor] | 0x20) == UInt8(ascii: "e") {
            cursor += 1
            if cursor < span.endIndex && (span[cursor] == UInt8(ascii: "+") || span[cursor] == UInt8(ascii: "-")) {
                cursor += 1
            }
            let exponentStart = cursor
            while cursor < span.endIndex && isDigit(span[cursor]) { cursor += 1 }
            if cursor == exponentStart { return nil }
        }
        if cursor != span.endIndex { return nil }
        return strtodExact(span)
    }

    /// glibc `strtod` (correctly rounded) of an already validated ASCII number.
    static func strtodExact(_ bytes: some Collection<UInt8>) -> Double {
        var buffer = Array(bytes)
        buffer.append(0)
        return buffer.withUnsafeBufferPointer { pointer in
            pointer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return 0 }
                return strtod(base, nil)
            }
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `round(x)` with no digits: nearest integer, ties to even.
    ///
    /// - Throws: OverflowError "cannot convert float infinity to integer",
    ///   ValueError "cannot convert float NaN to integer".
    public static func round(_ x: Double) throws -> BigInt {
        try PyInt.fromDouble(x.rounded(.toNearestOrEven))
    }

    /// `round(x, digits)`: correctly rounded through the exact decimal value, ties to
    /// even (`round(2.675, 2) == 2.67`, `round(-0.5, 0) == -0.0`); inf and nan
    /// unchanged; `digits` beyond ±~300 returns `x` or a signed zero.
    ///
    /// - Throws: OverflowError "rounded value too large to represent".
    public static func round(_ x: Double, digits: Int) throws -> Double {
        if !x.isFinite { return x }
        // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103.
        if digits > 323 { return x }
        if digits < -308 { return 0.0 * x }
        var text: [UInt8] = x.sign == .minus ? [UInt8(ascii: "-")] : []
        if digits >= 0 {
            // dtoa mode 3 equivalent: glibc printf is correctly rounded, half-even on ties.
            let decimal = DecimalDigits.fixed(x, places: digits)
            text.append(UInt8(ascii: "0"))
            text.append(contentsOf: decimal.digits)
            text.append(contentsOf: "e\(decimal.decimalPoint - decimal.digits.count)".utf8)
        } else {
            text.append(contentsOf: roundToPowerOfTen(x.magnitude, exponent: -digits).utf8)
        }
        let rounded = strtodExact(text)
        if rounded.isInfinite { throw PyFormatError.overflow("rounded value too large to represent") }
        return rounded
    }

    /// |x| rounded half-even to a multiple of 10^exponent (exponent ≥ 1), as "<q>e<exponent>".
    static func roundToPowerOfTen(_ magnitude: Double, exponent: Int) -> String {
        let whole = magnitude.rounded(.towardZero)
        let fraction = magnitude - whole  // exact
        let integer = BigInt(exactly: whole) ?? BigInt(0)
        let unit = BigInt(10).power(exponent)
        var (quotient, remainder) = integer.quotientAndRemainder(dividingBy: unit)
        let twice = remainder * 2
        // A tie needs the value to be exactly half a unit; any fraction breaks it upward.
        if twice > unit || (twice == unit && (fraction > 0 || quotient.isOdd)) {
            quotient += 1
        }
        return "\(quotient)e\(exponent)"
    }

    /// `round(value, digits)` for an int: unchanged for `digits >= 0`, else rounded
    /// half-even to a multiple of 10^-digits.
    public static func round(_ value: BigInt, digits: Int) -> BigInt {
        if digits >= 0 { return value }
        let exponent = digits == Int.min ? Int.max : -digits
        // 10^exponent larger than twice |value| rounds to 0; skip building a huge power.
        let bits = value.magnitude.bitWidth
        if exponent > bits / 3 + 2 { return 0 }
        let unit = BigInt(10).power(exponent)
        // divmod_near: Python's floored divmod, then round the quotient half-even.
        var (quotient, remainder) = value.quotientAndRemainder(dividingBy: unit)
        if remainder.sign == .minus && !remainder.isZero {
            quotient -= 1
            remainder += unit
        }
        let twice = remainder * 2
        if twice > unit || (twice == unit && quotient.isOdd) {
            remainder -= unit
        }
        return value - remainder
    }
}

extension BigInt {
    fileprivate var isOdd: Bool { (magnitude.words.first ?? 0) & 1 == 1 }
}
