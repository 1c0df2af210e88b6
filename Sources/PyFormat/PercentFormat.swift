import BigInt

extension PyFormat {
    /// `format % args` for a str format (`PyUnicode_Format`): conversions
    /// `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%`, flags `- + space # 0`,
    /// width and precision (also `*`), `%(key)s` with a mapping, and `h l L` ignored.
    ///
    /// A tuple `args` supplies one item per conversion; any other value is the single
    /// argument (a mapping may also be used by key).
    ///
    /// - Throws: `PyFormatError` with CPython's message — TypeError "not enough arguments
    ///   for format string", "not all arguments converted during string formatting",
    ///   "%d format: a real number is required, not str", "* wants int", "format requires
    ///   a mapping"; ValueError "unsupported format character 'y' (0x79) at index 3",
    ///   "incomplete format" — or whatever the argument's own methods throw.
    public static func percent<Argument: PercentFormatArgument>(_ format: String, _ args: Argument) throws -> String {
        var formatter = PercentFormatter(format: format, args: args)
        return try formatter.run()
    }
}

/// The state of one `%` operation (CPython's `struct unicode_formatter_t`).
struct PercentFormatter<Argument: PercentFormatArgument> {
    typealias Flags = PercentFlags

    let format: [Unicode.Scalar]
    let source: String
    var position = 0
    var args: Argument
    var items: [Argument]
    var argumentCount: Int
    var argumentIndex: Int
    let mapping: Argument?
    var out = ""

    init(format: String, args: Argument) {
        self.format = Array(format.unicodeScalars)
        self.source = format
        self.args = args
        if let tuple = args.tupleItems {
            items = tuple
            argumentCount = tuple.count
            argumentIndex = 0
        } else {
            items = []
            argumentCount = -1
            argumentIndex = -2
        }
        mapping = args.isMapping && args.tupleItems == nil && args.stringValue == nil ? args : nil
    }

    mutating func run() throws -> String {
        out.reserveCapacity(source.utf8.count + 16)
        let count = format.count
        while position < count {
            if format[position] != "%" {
                let start = position
                while position < count && format[position] != "%" { position += 1 }
                out.unicodeScalars.append(contentsOf: format[start..<position])
                continue
            }
            position += 1
            try formatOne()
        }
        if argumentIndex < argumentCount && mapping == nil {
            throw PyFormatError.type("not all arguments converted during string formatting")
        }
        return out
    }

    /// `unicode_format_getnextarg`.
    mutating func nextArgument() throws -> Argument {
        if argumentIndex < argumentCount {
            let index = argumentIndex
            argumentIndex += 1
            return argumentCount < 0 ? args : items[index]
        }
        throw PyFormatError.type("not enough arguments for format string")
    }

    /// Reads the next format character; nil once the format is exhausted.
    mutating func read() -> Unicode.Scalar? {
        guard position < format.count else { return nil }
        defer { position += 1 }
        return format[position]
    }

    /// One conversion, with `position` just after its `%` (`unicode_format_arg`).
    mutating func formatOne() throws {
        var ch: Unicode.Scalar = position < format.count ? format[position] : "\0"
        if ch == "%" {
            out.unicodeScalars.append("%")
            position += 1
            return
        }
        var flags: Flags = []
        var width = -1
        var precision = -1
        var exhausted = false

        if ch == "(" {
            guard let mapping else { throw PyFormatError.type("format requires a mapping") }
            position += 1
            let keyStart = position
            var depth = 1
            while depth > 0, let c = read() {
                if c == ")" { depth -= 1 } else if c == "(" { depth += 1 }
                ch = c
            }
            if depth > 0 { throw PyFormatError.value("incomplete format key") }
            var key = ""
            key.unicodeScalars.append(contentsOf: format[keyStart..<(position - 1)])
            args = try mapping.lookup(key: key)
            argumentCount = -1
            argumentIndex = -2
        }

        flagLoop: while true {
            guard let c = read() else {
                exhausted = true
                break
            }
            ch = c
            switch c {
            case "-": flags.insert(.leftJustify)
            case "+": flags.insert(.sign)
            case " ": flags.insert(.blank)
            case "#": flags.insert(.alternate)
            case "0": flags.insert(.zero)
            default: break flagLoop
            }
        }

        if ch == "*" {
            let value = try nextArgument()
            guard let number = value.intValue else { throw PyFormatError.type("* wants int") }
            guard let parsed = Int(exactly: number), parsed != Int.min else {
                throw PyFormatError.overflow("Python int too large to convert to C ssize_t")
            }
            width = parsed
            if width < 0 {
                flags.insert(.leftJustify)
                width = -width
            }
            if let c = read() { ch = c } else { exhausted = true }
        } else if let digit = asciiDigit(ch) {
            width = digit
            while true {
                guard let c = read() else {
                    exhausted = true
                    break
                }
                ch = c
                guard let next = asciiDigit(c) else { break }
                if width > (Int.max - next) / 10 { throw PyFormatError.value("width too big") }
                width = width * 10 + next
            }
        }

        if ch == "." {
            precision = 0
            if let c = read() { ch = c } else { exhausted = true }
            if ch == "*" && !exhausted {
                let value = try nextArgument()
                guard let number = value.intValue else { throw PyFormatError.type("* wants int") }
                guard let parsed = Int32(exactly: number) else {
                    throw PyFormatError.overflow("Python int too large to convert to C int")
                }
                precision = max(0, Int(parsed))
                if let c = read() { ch = c } else { exhausted = true }
            } else if !exhausted, let digit = asciiDigit(ch) {
                precision = digit
                while true {
                    guard let c = read() else {
                        exhausted = true
                        break
                    }
                    ch = c
                    guard let next = asciiDigit(c) else { break }
                    if precision > (Int(Int32.max) - next) / 10 { throw PyFormatError.value("precision too big") }
                    precision = precision * 10 + next
                }
            }
        }

        if !exhausted && (ch == "h" || ch == "l" || ch == "L") {
            if let c = read() { ch = c } else { exhausted = true }
        }
        if exhausted { throw PyFormatError.value("incomplete format") }

        let value = try nextArgument()
        var numeric = false
        let text: String
        switch ch {
        case "s": text = try value.str()
        case "r": text = try value.repr()
        case "a": text = try value.ascii()
        case "i", "d", "u", "o", "x", "X":
            text = try formatInteger(value, code: ch, alternate: flags.contains(.alternate), precision: precision)
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            guard let x = try value.asDouble() else {
                throw PyFormatError.type("must be real number, not \(value.typeName)")
            }
            let digits = precision < 0 ? 6 : precision
            if ch != "g" && ch != "G" || flags.contains(.alternate) { try PyFormatError.checkLength(digits + 330) }
            text = String(decoding: FloatRepr.render(x, code: UInt8(ch.value), precision: digits,
                                                     alternate: flags.contains(.alternate)), as: UTF8.self)
            numeric = true
        case "c":
            text = String(Character(try character(value)))
        default:
            let shown: String = ch.value >= 31 && ch.value <= 126 ? String(Character(ch)) : "?"
            throw PyFormatError.value(
                "unsupported format character '\(shown)' (0x\(String(ch.value, radix: 16))) at index \(position - 1)")
        }
        try output(text, code: ch, flags: flags, width: width, precision: precision, numeric: numeric)
    }

    func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
    }

    /// `mainformatlong` + `_PyUnicode_FormatLong`: sign, optional `0x`/`0o`, digits
    /// zero-extended to `precision`.
    func formatInteger(_ value: Argument, code: Unicode.Scalar, alternate: Bool, precision: Int) throws -> String {
        let wantsIndex = code == "o" || code == "x" || code == "X"
        let number: BigInt
        if let exact = value.intValue {
            number = exact
        } else if let converted = try (wantsIndex ? value.asIndex() : value.asInteger()) {
            number = converted
        } else {
            let requirement = wantsIndex ? "an integer" : "a real number"
            throw PyFormatError.type("%\(Character(code)) format: \(requirement) is required, not \(value.typeName)")
        }
        if precision > Int(Int32.max) - 3 { throw PyFormatError.overflow("precision too large") }
        let radix = code == "o" ? 8 : wantsIndex ? 16 : 10
        let digits = try PyInt.magnitudeDigits(number, radix: radix)
        try PyFormatError.checkLength(max(precision, digits.count) + 3)
        var result: [UInt8] = []
        result.reserveCapacity(max(precision, digits.count) + 3)
        if number.sign == .minus && !number.magnitude.isZero { result.append(UInt8(ascii: "-")) }
        if alternate && wantsIndex {
            result.append(UInt8(ascii: "0"))
            result.append(code == "o" ? UInt8(ascii: "o") : UInt8(ascii: "x"))
        }
        if precision > digits.count {
            result.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision - digits.count))
        }
        result.append(contentsOf: digits)
        if code == "X" {
            for index in result.indices where result[index] >= UInt8(ascii: "a") && result[index] <= UInt8(ascii: "x") {
                result[index] -= 32
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `formatchar`: a one-character str or an integer code point.
    func character(_ value: Argument) throws -> Unicode.Scalar {
        if let text = value.stringValue {
            var scalars = text.unicodeScalars.makeIterator()
            if let first = scalars.next(), scalars.next() == nil { return first }
            throw PyFormatError.type("%c requires int or char")
        }
        guard let number = try value.asIndex() else { throw PyFormatError.type("%c requires int or char") }
        guard let code = Int(exactly: number), code >= 0, code <= 0x10ffff else {
            throw PyFormatError.overflow("%c arg not in range(0x110000)")
        }
        return try PyFormat.scalar(code)
    }

    /// `unicode_format_arg_output`: sign, `0x` prefix, padding and truncation.
    mutating func output(_ text: String, code: Unicode.Scalar, flags: Flags, width rawWidth: Int,
                         precision: Int, numeric rawNumeric: Bool) throws {
        var width = rawWidth
        var numeric = rawNumeric
        let fill: Unicode.Scalar = numeric && flags.contains(.zero) ? "0" : " "
        let scalars = text.unicodeScalars
        var length = scalars.count
        if (width == -1 || width <= length) && (precision == -1 || precision >= length)
            && !flags.contains(.sign) && !flags.contains(.blank) {
            out += text
            return
        }
        let characters = Array(scalars)
        if (code == "s" || code == "r" || code == "a") && precision >= 0 && length > precision {
            length = precision
        }
        var index = 0
        var signCharacter: Unicode.Scalar = "\0"
        if numeric {
            let first = characters.first ?? "\0"
            if first == "-" || first == "+" {
                signCharacter = first
                length -= 1
                index += 1
            } else if flags.contains(.sign) {
                signCharacter = "+"
            } else if flags.contains(.blank) {
                signCharacter = " "
            } else {
                numeric = false
            }
        }
        if width < length { width = length }
        try PyFormatError.checkLength(width)
        if numeric {
            if fill != " " { out.unicodeScalars.append(signCharacter) }
            if width > length { width -= 1 }
        }
        let hasPrefix = flags.contains(.alternate) && (code == "x" || code == "X" || code == "o")
        if hasPrefix {
            if fill != " " {
                out.unicodeScalars.append("0")
                out.unicodeScalars.append(code)
                index += 2
            }
            width = max(0, width - 2)
            length -= 2
        }
        if width > length && !flags.contains(.leftJustify) {
            for _ in 0..<(width - length) { out.unicodeScalars.append(fill) }
            width = length
        }
        if fill == " " {
            if numeric { out.unicodeScalars.append(signCharacter) }
            if hasPrefix {
                out.unicodeScalars.append("0")
                out.unicodeScalars.append(code)
                index += 2
            }
        }
        if length > 0 {
            out.unicodeScalars.append(contentsOf: characters[index..<(index + length)])
        }
        if width > length {
            for _ in 0..<(width - length) { out.unicodeScalars.append(" ") }
        }
    }
}

/// The `- + space # 0` flags of one `%` conversion.
struct PercentFlags: OptionSet {
    let rawValue: UInt8
    static let leftJustify = PercentFlags(rawValue: 1)
    static let sign = PercentFlags(rawValue: 2)
    static let blank = PercentFlags(rawValue: 4)
    static let alternate = PercentFlags(rawValue: 8)
    static let zero = PercentFlags(rawValue: 16)
}
