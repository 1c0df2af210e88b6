import BigInt

/// `format(value, spec)` — `int.__format__`, `float.__format__` and `str.__format__`
/// of CPython 3.12 (Python/formatter_unicode.c), as used by `format()`, `str.format`
/// and f-strings.
public enum PyFormat {
    /// `format(value, spec)` for an int.
    ///
    /// Types `b c d o x X n`, and `e E f F g G %` (which convert to float first);
    /// `#` prefixes, `,`/`_` grouping, signs, fill/align, `=` and `0` padding.
    /// An empty spec gives `str(value)`; an int subclass such as bool must handle the
    /// empty spec itself (its `str()` differs) and pass its `typeName` for messages.
    ///
    /// - Parameter maxDigits: `sys.get_int_max_str_digits()` for decimal output (0 = unlimited).
    /// - Throws: `PyFormatError` with CPython's message, e.g. ValueError
    ///   "Unknown format code 'q' for object of type 'int'", "Precision not allowed in
    ///   integer format specifier", OverflowError "int too large to convert to float".
    public static func format(
        _ value: BigInt, spec: String, typeName: String = "int", maxDigits: Int = PyInt.defaultMaxStrDigits
    ) throws -> String {
        if spec.isEmpty { return try PyInt.decimalString(value, maxDigits: maxDigits) }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d", defaultAlign: ">")
        return try formatInteger(IntegerValue.big(value), parsed, typeName: typeName, maxDigits: maxDigits)
    }

    /// `format(value, spec)` for an int that fits in `Int`; same contract as the `BigInt` overload.
    public static func format(
        _ value: Int, spec: String, typeName: String = "int", maxDigits: Int = PyInt.defaultMaxStrDigits
    ) throws -> String {
        if spec.isEmpty { return String(value) }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d", defaultAlign: ">")
        return try formatInteger(IntegerValue.small(value), parsed, typeName: typeName, maxDigits: maxDigits)
    }

    /// `format(value, spec)` for a float.
    ///
    /// Types `e E f F g G n %` and none (repr-like, but `g` with at least one digit after
    /// the point once a precision is given); default precision 6; correctly rounded,
    /// half-even on exact ties; `inf`/`nan` with case and sign; the `z` option.
    /// An empty spec gives `repr(value)`.
    ///
    /// - Throws: `PyFormatError`, e.g. ValueError "Unknown format code 'd' for object of
    ///   type 'float'", "precision too big".
    public static func format(_ value: Double, spec: String, typeName: String = "float") throws -> String {
        if spec.isEmpty { return FloatRepr.repr(value) }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: nil, defaultAlign: ">")
        switch parsed.type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%":
            return try formatFloat(value, parsed)
        default:
            throw unknownCode(parsed.type, typeName)
        }
    }

    /// `format(value, spec)` for a str: type `s` or none, precision truncates, width pads;
    /// both count code points. Default alignment is left.
    ///
    /// - Throws: `PyFormatError`, e.g. ValueError "Sign not allowed in string format
    ///   specifier", "'=' alignment not allowed in string format specifier".
    public static func format(_ value: String, spec: String, typeName: String = "str") throws -> String {
        if spec.isEmpty { return value }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "s", defaultAlign: "<")
        guard parsed.type == "s" else { throw unknownCode(parsed.type, typeName) }
        return try formatString(value, parsed)
    }

    /// Applies a parsed spec to a string (`format_string_internal`).
    public static func formatString(_ value: String, _ spec: FormatSpec) throws -> String {
        if let sign = spec.sign {
            throw PyFormatError.value(sign == " " ? "Space not allowed in string format specifier"
                                                  : "Sign not allowed in string format specifier")
        }
        if spec.noNegativeZero {
            throw PyFormatError.value("Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate {
            throw PyFormatError.value("Alternate form (#) not allowed in string format specifier")
        }
        if spec.align == "=" {
            throw PyFormatError.value("'=' alignment not allowed in string format specifier")
        }
        if spec.width == nil && spec.precision == nil { return value }
        var length = value.unicodeScalars.count
        if (spec.width ?? -1) <= length && (spec.precision.map { $0 >= length } ?? true) {
            return value
        }
        var body = Substring(value)
        if let precision = spec.precision, length >= precision {
            length = precision
            body = Substring(value.unicodeScalars.prefix(precision))
        }
        return try pad(body, length: length, width: spec.width ?? -1, align: spec.align, fill: spec.fill)
    }

    /// `calc_padding` plus the copy: `text` (of `length` code points) padded to `width`.
    static func pad(_ text: Substring, length: Int, width: Int, align: Unicode.Scalar, fill: Unicode.Scalar) throws -> String {
        let total = max(width, length)
        try PyFormatError.checkLength(total)
        let left: Int
        switch align {
        case ">": left = total - length
        case "^": left = (total - length) / 2
        default: left = 0
        }
        let right = total - length - left
        var out = ""
        out.reserveCapacity(text.utf8.count + (total - length) * 4)
        for _ in 0..<left { out.unicodeScalars.append(fill) }
        out += text
        for _ in 0..<right { out.unicodeScalars.append(fill) }
        return out
    }

    /// An int operand: a machine word when it fits, so common cases avoid BigInt.
    enum IntegerValue {
        case small(Int)
        case big(BigInt)

        var isNegative: Bool {
            switch self {
            case .small(let value): value < 0
            case .big(let value): value.sign == .minus && !value.magnitude.isZero
            }
        }

        func digits(radix: Int, maxDigits: Int) throws -> [UInt8] {
            switch self {
            case .small(let value): Array(String(value.magnitude, radix: radix).utf8)
            case .big(let value): try PyInt.magnitudeDigits(value, radix: radix, maxDigits: maxDigits)
            }
        }

        func toDouble() throws -> Double {
            switch self {
            case .small(let value): Double(value)
            case .big(let value): try PyInt.toDouble(value)
            }
        }

        /// `PyLong_AsLong`, which raises OverflowError past a C long.
        func asCLong() throws -> Int {
            switch self {
            case .small(let value): return value
            case .big(let value):
                guard let small = Int(exactly: value) else {
                    throw PyFormatError.overflow("Python int too large to convert to C long")
                }
                return small
            }
        }
    }

    static func formatInteger(_ value: IntegerValue, _ spec: FormatSpec, typeName: String, maxDigits: Int) throws -> String {
        switch spec.type {
        case "b", "c", "d", "o", "x", "X", "n":
            break
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(try value.toDouble(), spec)
        default:
            throw unknownCode(spec.type, typeName)
        }
        if spec.precision != nil {
            throw PyFormatError.value("Precision not allowed in integer format specifier")
        }
        if spec.noNegativeZero {
            throw PyFormatError.value("Negative zero coercion (z) not allowed in integer format specifier")
        }
        var out = ""
        if spec.type == "c" {
            if spec.sign != nil {
                throw PyFormatError.value("Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw PyFormatError.value("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            let code = try value.asCLong()
            if code < 0 || code > 0x10ffff {
                throw PyFormatError.overflow("%c arg not in range(0x110000)")
            }
            let character = try scalar(code)
            try NumberLayout.render(into: &out, spec: spec, negative: false, digits: EmptyCollection(),
                                    tail: Substring(String(Character(character))))
            return out
        }
        let radix: Int
        let prefix: String
        switch spec.type {
        case "b": radix = 2; prefix = "0b"
        case "o": radix = 8; prefix = "0o"
        case "x", "X": radix = 16; prefix = "0x"
        default: radix = 10; prefix = ""
        }
        let digits = try value.digits(radix: radix, maxDigits: maxDigits)
        try NumberLayout.render(into: &out, spec: spec, negative: value.isNegative,
                                prefix: spec.alternate ? prefix : "", digits: digits, upper: spec.type == "X")
        return out
    }

    /// `format_float_internal`: a float (or an int converted to one) under a float type.
    static func formatFloat(_ value: Double, _ spec: FormatSpec) throws -> String {
        if let precision = spec.precision, precision > Int(Int32.max) {
            throw PyFormatError.value("precision too big")
        }
        var precision = spec.precision ?? -1
        var type = spec.type.map { UInt8($0.value) } ?? 0
        var defaultPrecision = 6
        var addDotZero = false
        if type == 0 {
            // No type: like repr() without a precision, else like 'g' keeping a digit after the point.
            addDotZero = true
            type = UInt8(ascii: "r")
            defaultPrecision = 0
        }
        if type == UInt8(ascii: "n") { type = UInt8(ascii: "g") }
        var x = value
        var percent = false
        if type == UInt8(ascii: "%") {
            type = UInt8(ascii: "f")
            x *= 100
            percent = true
        }
        if precision < 0 {
            precision = defaultPrecision
        } else if type == UInt8(ascii: "r") {
            type = UInt8(ascii: "g")
        }
        if type != UInt8(ascii: "g") || spec.alternate {
            // e, f and alternate g pad with zeros up to the precision; refuse absurd lengths.
            try PyFormatError.checkLength(precision + 330)
        }
        var bytes = FloatRepr.render(x, code: type, precision: precision, addDotZero: addDotZero,
                                     alternate: spec.alternate, noNegativeZero: spec.noNegativeZero)
        if percent { bytes.append(UInt8(ascii: "%")) }
        if spec.sign != "+" && spec.sign != " " && spec.width == nil && spec.type != "n" && spec.grouping == .none {
            return String(decoding: bytes, as: UTF8.self)
        }
        var start = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { start = 1 }
        var digitsEnd = start
        while digitsEnd < bytes.count && bytes[digitsEnd] >= UInt8(ascii: "0") && bytes[digitsEnd] <= UInt8(ascii: "9") {
            digitsEnd += 1
        }
        var out = ""
        try NumberLayout.render(into: &out, spec: spec, negative: negative, digits: bytes[start..<digitsEnd],
                                tail: Substring(String(decoding: bytes[digitsEnd...], as: UTF8.self)))
        return out
    }

    /// `unknown_presentation_type`.
    static func unknownCode(_ code: Unicode.Scalar?, _ typeName: String) -> PyFormatError {
        .value("Unknown format code \(FormatSpec.describeCode(code)) for object of type '\(typeName)'")
    }

    /// The code point `code` (0...0x10FFFF) as a scalar; surrogates cannot live in a Swift
    /// String, so they are refused (CPython would build a lone-surrogate str).
    static func scalar(_ code: Int) throws -> Unicode.Scalar {
        guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: code)) else {
            throw PyFormatError.value("surrogate code point U+\(String(code, radix: 16, uppercase: true)) cannot be represented in a str")
        }
        return scalar
    }
}
