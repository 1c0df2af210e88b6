/// A parsed format specification: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`,
/// parsed exactly as CPython 3.12's `parse_internal_render_format_spec`.
public struct FormatSpec: Equatable, Sendable {
    /// Thousands grouping requested by `,` or `_`.
    public enum Grouping: Equatable, Sendable {
        case none
        /// `,` every three digits.
        case comma
        /// `_` every three digits (decimal types).
        case underscore
        /// `_` every four digits (types `b o x X`).
        case underscoreFour
    }

    /// The padding character (any code point); `0` when only the `0` flag gave it.
    public var fill: Unicode.Scalar = " "
    /// One of `<` `>` `=` `^`: the given one, or the caller's default.
    public var align: Unicode.Scalar
    /// `+`, `-` or space when given.
    public var sign: Unicode.Scalar?
    /// The `z` option: negative zero formats as positive zero.
    public var noNegativeZero = false
    /// The `#` option.
    public var alternate = false
    /// Minimum field width, counted in code points.
    public var width: Int?
    /// Thousands grouping.
    public var grouping: Grouping = .none
    /// The precision after `.`.
    public var precision: Int?
    /// The presentation type, or the caller's default; nil for "no type" (float's default,
    /// or an explicit NUL, which CPython cannot tell apart from it).
    public var type: Unicode.Scalar?

    /// Parses `spec` for an object of type `typeName` (used in error messages).
    ///
    /// - Parameters:
    ///   - defaultType: the type when none is given (`d` for int, `s` for str, nil for float).
    ///   - defaultAlign: `>` for numbers, `<` for strings; a bare `0` flag turns `>` into `=`.
    /// - Throws: `PyFormatError` (ValueError) with CPython's message for a malformed spec,
    ///   such as "Invalid format specifier '1.2.3' for object of type 'int'",
    ///   "Format specifier missing precision", "Too many decimal digits in format string",
    ///   "Cannot specify both ',' and '_'." or "Cannot specify ',' with 's'.".
    public static func parse(
        _ spec: String, typeName: String, defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar
    ) throws -> FormatSpec {
        let scalars = Array(spec.unicodeScalars)
        var result = FormatSpec(align: defaultAlign, type: defaultType)
        let end = scalars.count
        var pos = 0
        var alignSpecified = false
        var fillSpecified = false

        if end - pos >= 2 && isAlignment(scalars[pos + 1]) {
            result.align = scalars[pos + 1]
            result.fill = scalars[pos]
            fillSpecified = true
            alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlignment(scalars[pos]) {
            result.align = scalars[pos]
            alignSpecified = true
            pos += 1
        }
        if pos < end && (scalars[pos] == "+" || scalars[pos] == "-" || scalars[pos] == " ") {
            result.sign = scalars[pos]
            pos += 1
        }
        if pos < end && scalars[pos] == "z" {
            result.noNegativeZero = true
            pos += 1
        }
        if pos < end && scalars[pos] == "#" {
            result.alternate = true
            pos += 1
        }
        // A leading 0 means zero padding (kept for backwards compatibility).
        if !fillSpecified && pos < end && scalars[pos] == "0" {
            result.fill = "0"
            if !alignSpecified && defaultAlign == ">" {
                result.align = "="
            }
            pos += 1
        }
        result.width = try readInteger(scalars, &pos)

        if pos < end && scalars[pos] == "," {
            result.grouping = .comma
            pos += 1
        }
        if pos < end && scalars[pos] == "_" {
            if result.grouping != .none { throw PyFormatError.value("Cannot specify both ',' and '_'.") }
            result.grouping = .underscore
            pos += 1
        }
        if pos < end && scalars[pos] == "," && result.grouping == .underscore {
            throw PyFormatError.value("Cannot specify both ',' and '_'.")
        }
        if pos < end && scalars[pos] == "." {
            pos += 1
            guard let precision = try readInteger(scalars, &pos) else {
                throw PyFormatError.value("Format specifier missing precision")
            }
            result.precision = precision
        }
        if end - pos > 1 {
            throw PyFormatError.value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if end - pos == 1 {
            // CPython marks "no type" with '\0', so an explicit NUL type means no type.
            result.type = scalars[pos] == "\0" ? nil : scalars[pos]
        }

        if result.grouping != .none {
            switch result.type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F":
                break
            case let code? where ["b", "o", "x", "X"].contains(code) && result.grouping == .underscore:
                // PEP 515: underscores every four digits in bin/oct/hex.
                result.grouping = .underscoreFour
            default:
                let separator = result.grouping == .comma ? "," : "_"
                throw PyFormatError.value("Cannot specify '\(separator)' with \(describeCode(result.type)).")
            }
        }
        return result
    }

    static func isAlignment(_ c: Unicode.Scalar) -> Bool {
        c == "<" || c == ">" || c == "=" || c == "^"
    }

    /// `'x'` for printable ASCII codes, `'\x105'` otherwise (CPython's two message forms).
    static func describeCode(_ code: Unicode.Scalar?) -> String {
        let value = code?.value ?? 0
        if value > 32 && value < 128, let code {
            return "'\(Character(code))'"
        }
        return "'\\x\(String(value, radix: 16))'"
    }

    /// CPython's `get_integer`: a run of Unicode decimal digits (any script), or nil if none.
    private static func readInteger(_ scalars: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var accumulator = 0
        var count = 0
        while pos < scalars.count, let digit = decimalValue(scalars[pos]) {
            if accumulator > (Int.max - digit) / 10 {
                throw PyFormatError.value("Too many decimal digits in format string")
            }
            accumulator = accumulator * 10 + digit
            count += 1
            pos += 1
        }
        return count == 0 ? nil : accumulator
    }
}

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (general category Nd), else nil.
func decimalValue(_ c: Unicode.Scalar) -> Int? {
    if c.value < 128 {
        return c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
    }
    let properties = c.properties
    guard properties.numericType == .decimal, let value = properties.numericValue else { return nil }
    return Int(value)
}
