import BigInt

/// Python `int` ⇄ text and `int` ⇄ `float` conversions with CPython 3.12's rules and messages.
public enum PyInt {
    /// CPython's default `sys.get_int_max_str_digits()`.
    public static let defaultMaxStrDigits = 4300

    /// `str(value)`.
    ///
    /// - Parameter maxDigits: `sys.get_int_max_str_digits()`; 0 means unlimited.
    /// - Throws: ValueError "Exceeds the limit (4300 digits) for integer string conversion;
    ///   use sys.set_int_max_str_digits() to increase the limit" when the value has more
    ///   decimal digits than `maxDigits`.
    public static func decimalString(_ value: BigInt, maxDigits: Int = defaultMaxStrDigits) throws -> String {
        let digits = try magnitudeDigits(value, radix: 10, maxDigits: maxDigits)
        let negative = value.sign == .minus && !value.magnitude.isZero
        return (negative ? "-" : "") + String(decoding: digits, as: UTF8.self)
    }

    /// `bin()`, `oct()`, `hex()` (radix 2, 8, 16) or `str()` (radix 10) of `value`,
    /// e.g. `-0x1f`. Radixes other than 2, 8 and 16 give decimal.
    public static func string(_ value: BigInt, radix: Int, maxDigits: Int = defaultMaxStrDigits) throws -> String {
        guard radix == 2 || radix == 8 || radix == 16 else {
            return try decimalString(value, maxDigits: maxDigits)
        }
        let negative = value.sign == .minus && !value.magnitude.isZero
        let prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x"
        return (negative ? "-" : "") + prefix + String(value.magnitude, radix: radix)
    }

    /// The digits of |value| in `radix` (lower case ASCII), enforcing the decimal limit.
    static func magnitudeDigits(_ value: BigInt, radix: Int, maxDigits: Int = defaultMaxStrDigits) throws -> [UInt8] {
        let magnitude = value.magnitude
        if magnitude.bitWidth <= UInt.bitWidth {
            return Array(String(magnitude.words.first ?? 0, radix: radix).utf8)
        }
        if radix == 10 && maxDigits > 0 {
            // |value| ≥ 2^(bits-1), which has floor((bits-1)·log10 2) + 1 digits: reject
            // hopeless cases before the quadratic conversion, as CPython does.
            let lowerBoundDigits = Int(Double(magnitude.bitWidth - 1) * 0.30102999566398120) + 1
            if lowerBoundDigits > maxDigits + 1 { throw limitError(maxDigits) }
        }
        let digits = Array(String(magnitude, radix: radix).utf8)
        if radix == 10 && maxDigits > 0 && digits.count > maxDigits { throw limitError(maxDigits) }
        return digits
    }

    static func limitError(_ maxDigits: Int) -> PyFormatError {
        .value("Exceeds the limit (\(maxDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// `float(value)`: correctly rounded (half-even) like `PyLong_AsDouble`.
    ///
    /// - Throws: OverflowError "int too large to convert to float".
    public static func toDouble(_ value: BigInt) throws -> Double {
        let magnitude = value.magnitude
        let negative = value.sign == .minus
        let bits = magnitude.bitWidth
        var result: Double
        if bits <= 64 {
            result = Double(magnitude.words.first ?? 0)
        } else {
            // Keep the top 64 bits and fold everything below into a sticky bit, so the
            // single rounding in Double(UInt64) is the correct rounding of the whole value.
            let shift = bits - 64
            let top = magnitude >> shift
            var word = UInt64(top.words.first ?? 0)
            if magnitude.trailingZeroBitCount < shift { word |= 1 }
            let scaled = Double(word)
            guard shift < 2000 else { throw PyFormatError.overflow("int too large to convert to float") }
            result = scaled * Double(sign: .plus, exponent: shift, significand: 1)
        }
        if result.isInfinite { throw PyFormatError.overflow("int too large to convert to float") }
        return negative ? -result : result
    }

    /// `int(x)` for a float: truncation toward zero.
    ///
    /// - Throws: OverflowError "cannot convert float infinity to integer",
    ///   ValueError "cannot convert float NaN to integer".
    public static func fromDouble(_ x: Double) throws -> BigInt {
        if x.isNaN { throw PyFormatError.value("cannot convert float NaN to integer") }
        if x.isInfinite { throw PyFormatError.overflow("cannot convert float infinity to integer") }
        let truncated = x.rounded(.towardZero)
        if truncated.magnitude < 9.2e18 { return BigInt(Int(truncated)) }
        return BigInt(exactly: truncated) ?? BigInt(0)
    }

    /// `int(text, base)`: optional surrounding whitespace (any Unicode space), a sign,
    /// a `0x`/`0o`/`0b` prefix matching `base` (or choosing it when `base` is 0), digits
    /// of any script with single underscores between them.
    ///
    /// - Parameter maxDigits: `sys.get_int_max_str_digits()` for non-power-of-two bases; 0 = unlimited.
    /// - Throws: ValueError "int() base must be >= 2 and <= 36, or 0",
    ///   "invalid literal for int() with base 10: 'abc'" (the repr cut to 200 characters), or
    ///   "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; …".
    public static func parse(_ text: String, base: Int = 10, maxDigits: Int = defaultMaxStrDigits) throws -> BigInt {
        if (base != 0 && base < 2) || base > 36 {
            throw PyFormatError.value("int() base must be >= 2 and <= 36, or 0")
        }
        let bytes = asciiDigitsAndSpaces(text)
        func invalid() -> PyFormatError {
            .value("invalid literal for int() with base \(base): \(String(PyRepr.string(text).unicodeScalars.prefix(200)))")
        }
        let count = bytes.count
        func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
        var pos = 0
        while isASCIISpace(at(pos)) { pos += 1 }
        var negative = false
        if at(pos) == UInt8(ascii: "+") {
            pos += 1
        } else if at(pos) == UInt8(ascii: "-") {
            pos += 1
            negative = true
        }
        var radix = base
        var errorIfNonzero = false
        if radix == 0 {
            if at(pos) != UInt8(ascii: "0") {
                radix = 10
            } else {
                switch at(pos + 1) | 0x20 {
                case UInt8(ascii: "x"): radix = 16
                case UInt8(ascii: "o"): radix = 8
                case UInt8(ascii: "b"): radix = 2
                default:
                    // A C-style octal literal like "010" is invalid, but zero is fine.
                    errorIfNonzero = true
                    radix = 10
                }
            }
        }
        if at(pos) == UInt8(ascii: "0") {
            let marker = at(pos + 1) | 0x20
            if (radix == 16 && marker == UInt8(ascii: "x")) || (radix == 8 && marker == UInt8(ascii: "o"))
                || (radix == 2 && marker == UInt8(ascii: "b")) {
                pos += 2
                if at(pos) == UInt8(ascii: "_") { pos += 1 }  // one underscore may follow the prefix
            }
        }
        // long_from_string_base: validate everything first, then convert.
        if at(pos) == UInt8(ascii: "_") { throw invalid() }
        let start = pos
        var digitCount = 0
        var previous: UInt8 = 0
        while pos < count {
            let byte = bytes[pos]
            if byte == UInt8(ascii: "_") {
                if previous == UInt8(ascii: "_") { throw invalid() }
            } else if let digit = digitValue(byte), digit < radix {
                digitCount += 1
            } else {
                break
            }
            previous = byte
            pos += 1
        }
        if previous == UInt8(ascii: "_") { throw invalid() }
        let end = pos
        if start == end { throw invalid() }
        while pos < count && isASCIISpace(bytes[pos]) { pos += 1 }
        if pos != count { throw invalid() }

        let isBinaryBase = radix & (radix - 1) == 0
        if !isBinaryBase && maxDigits > 0 && digitCount > maxDigits {
            throw PyFormatError.value("Exceeds the limit (\(maxDigits) digits) for integer string conversion: value has \(digitCount) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(digitCount)
        for byte in bytes[start..<end] where byte != UInt8(ascii: "_") { digits.append(byte) }
        let magnitude = accumulate(digits, radix: radix)
        if errorIfNonzero && !magnitude.isZero {
            throw PyFormatError.value("invalid literal for int() with base 0: \(String(PyRepr.string(text).unicodeScalars.prefix(200)))")
        }
        return BigInt(sign: negative ? .minus : .plus, magnitude: magnitude)
    }

    /// The value of validated ASCII digits in `radix` (2...36), a machine word of digits at a time.
    static func accumulate(_ digits: [UInt8], radix: Int) -> BigUInt {
        // The largest chunk whose value cannot overflow 64 bits.
        var chunkLength = 0
        var chunkPower: UInt64 = 1
        while chunkPower <= UInt64.max / UInt64(radix) {
            chunkPower *= UInt64(radix)
            chunkLength += 1
        }
        var result = BigUInt(0)
        var index = 0
        while index < digits.count {
            let end = min(index + chunkLength, digits.count)
            var chunk: UInt64 = 0
            var power: UInt64 = 1
            for byte in digits[index..<end] {
                chunk = chunk * UInt64(radix) + UInt64(digitValue(byte) ?? 0)
                power *= UInt64(radix)
            }
            result = result.isZero ? BigUInt(chunk) : result * BigUInt(power) + BigUInt(chunk)
            index = end
        }
        return result
    }

    /// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII stays, Unicode spaces become
    /// ' ', Unicode decimal digits become ASCII digits, anything else becomes '?'.
    static func asciiDigitsAndSpaces(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else if PyRepr.isSpace(scalar) {
                bytes.append(UInt8(ascii: " "))
            } else if let digit = decimalValue(scalar) {
                bytes.append(UInt8(48 + digit))
            } else {
                bytes.append(UInt8(ascii: "?"))
            }
        }
        return bytes
    }

    /// `Py_ISSPACE`: the C locale's ASCII whitespace.
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 32 || (byte >= 9 && byte <= 13)
    }

    /// `_PyLong_DigitValue`: 0-9, then a/A = 10 … z/Z = 35.
    static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - 55)
        default: nil
        }
    }
}
