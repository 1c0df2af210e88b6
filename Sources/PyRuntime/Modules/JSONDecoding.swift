import BigInt

/// The callbacks of `json.loads`.
struct JSONDecodingHooks {
    var objectHook: Value?
    var objectPairsHook: Value?
    var parseFloat: Value?
    var parseInt: Value?
    var parseConstant: Value?
    /// Control characters inside strings are errors unless `strict=False`.
    var strict = true
}

/// `json.loads`: JSON text to Python values, following CPython's C scanner, so the same
/// documents are accepted (`NaN`, `Infinity` included) and errors carry the same message and
/// position (`Expecting ',' delimiter: line 1 column 9 (char 8)`).
///
/// Lone surrogate escapes (`"\ud800"`) become U+FFFD: a Swift string cannot hold them.
struct JSONDecoding {
    let vm: VM
    let text: String
    let s: [Unicode.Scalar]
    let hooks: JSONDecodingHooks
    private var depth = 0
    private static let maxDepth = 500

    init(vm: VM, text: String, hooks: JSONDecodingHooks) {
        self.vm = vm
        self.text = text
        s = Array(text.unicodeScalars)
        self.hooks = hooks
    }

    /// A whole document: one value between optional whitespace.
    mutating func decodeDocument() throws(PyError) -> Value {
        if s.first == "\u{FEFF}" { throw error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0) }
        try vm.reserveMemory(s.count * 2)
        var index = skipWhitespace(0)
        let value = try scanValue(&index)
        index = skipWhitespace(index)
        if index != s.count { throw error("Extra data", index) }
        return value
    }

    private func isWhitespace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }

    private func skipWhitespace(_ start: Int) -> Int {
        var index = start
        while index < s.count && isWhitespace(s[index]) { index += 1 }
        return index
    }

    /// `json.JSONDecodeError(msg, doc, pos)`.
    private func error(_ message: String, _ position: Int) -> PyError {
        var line = 1
        var lastNewline = -1
        for i in 0..<min(position, s.count) where s[i] == "\n" {
            line += 1
            lastNewline = i
        }
        let column = position - lastNewline
        let exception = PyException(type: ExceptionTypes.jsonDecodeError,
                                    args: [.str("\(message): line \(line) column \(column) (char \(position))")])
        let attributes = PyDict()
        attributes.set("msg", .str(message))
        attributes.set("doc", .str(text))
        attributes.set("pos", .int(position))
        attributes.set("lineno", .int(line))
        attributes.set("colno", .int(column))
        exception.attributes = attributes
        return .exception(exception)
    }

    /// Matches `word` at `index` (the C scanner's look-ahead for `null`, `true`, …).
    private func matches(_ word: String, at index: Int) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard index + scalars.count <= s.count else { return false }
        for (offset, c) in scalars.enumerated() where s[index + offset] != c { return false }
        return true
    }

    /// One value at `index`, which moves past it. A missing value is `Expecting value`.
    private mutating func scanValue(_ index: inout Int) throws(PyError) -> Value {
        guard index < s.count else { throw error("Expecting value", index) }
        switch s[index] {
        case "\"":
            index += 1
            return .str(try scanString(&index))
        case "{":
            index += 1
            return try nested { (me: inout JSONDecoding) throws(PyError) in try me.scanObject(&index) }
        case "[":
            index += 1
            return try nested { (me: inout JSONDecoding) throws(PyError) in try me.scanArray(&index) }
        case "n" where matches("null", at: index):
            index += 4
            return .none
        case "t" where matches("true", at: index):
            index += 4
            return .true
        case "f" where matches("false", at: index):
            index += 5
            return .false
        case "N" where matches("NaN", at: index):
            index += 3
            return try constant("NaN", .nan)
        case "I" where matches("Infinity", at: index):
            index += 8
            return try constant("Infinity", .infinity)
        case "-" where matches("-Infinity", at: index):
            index += 9
            return try constant("-Infinity", -.infinity)
        default:
            return try scanNumber(&index)
        }
    }

    private mutating func nested(_ body: (inout JSONDecoding) throws(PyError) -> Value) throws(PyError) -> Value {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw Errors.make(ExceptionTypes.recursionError, "maximum recursion depth exceeded while decoding a JSON document")
        }
        return try body(&self)
    }

    private func constant(_ name: String, _ value: Double) throws(PyError) -> Value {
        if let hook = hooks.parseConstant { return try vm.call(hook, [.str(name)]) }
        return .float(value)
    }

    private mutating func scanObject(_ index: inout Int) throws(PyError) -> Value {
        var pairs: [(key: String, value: Value)] = []
        index = skipWhitespace(index)
        if index >= s.count || s[index] != "}" {
            while true {
                guard index < s.count, s[index] == "\"" else {
                    throw error("Expecting property name enclosed in double quotes", index)
                }
                index += 1
                let key = try scanString(&index)
                index = skipWhitespace(index)
                guard index < s.count, s[index] == ":" else { throw error("Expecting ':' delimiter", index) }
                index = skipWhitespace(index + 1)
                let value = try scanValue(&index)
                pairs.append((key, value))
                index = skipWhitespace(index)
                if index < s.count && s[index] == "}" { break }
                guard index < s.count, s[index] == "," else { throw error("Expecting ',' delimiter", index) }
                index = skipWhitespace(index + 1)
            }
        }
        index += 1
        try vm.reserveMemory(64 + pairs.count * 48)
        if let hook = hooks.objectPairsHook {
            return try vm.call(hook, [.list(pairs.map { .tuple([.str($0.key), $0.value]) })])
        }
        let dict = PyDict()
        for (key, value) in pairs { dict.set(key, value) }
        if let hook = hooks.objectHook { return try vm.call(hook, [.object(dict)]) }
        return .object(dict)
    }

    private mutating func scanArray(_ index: inout Int) throws(PyError) -> Value {
        var items: [Value] = []
        index = skipWhitespace(index)
        if index >= s.count || s[index] != "]" {
            while true {
                items.append(try scanValue(&index))
                index = skipWhitespace(index)
                if index < s.count && s[index] == "]" { break }
                guard index < s.count, s[index] == "," else { throw error("Expecting ',' delimiter", index) }
                index = skipWhitespace(index + 1)
            }
        }
        index += 1
        try vm.reserveMemory(64 + items.count * 16)
        return .list(items)
    }

    /// The body of a string literal; `index` starts after the opening quote and ends after
    /// the closing one.
    private func scanString(_ index: inout Int) throws(PyError) -> String {
        let begin = index - 1
        var out = String.UnicodeScalarView()
        while true {
            var next = index
            var terminator: Unicode.Scalar = "\0"
            while next < s.count {
                let c = s[next]
                if c == "\"" || c == "\\" {
                    terminator = c
                    break
                }
                if c.value <= 0x1F && hooks.strict { throw error("Invalid control character at", next) }
                next += 1
            }
            guard terminator == "\"" || terminator == "\\" else { throw error("Unterminated string starting at", begin) }
            out.append(contentsOf: s[index..<next])
            next += 1
            if terminator == "\"" {
                index = next
                return String(out)
            }
            guard next < s.count else { throw error("Unterminated string starting at", begin) }
            let escape = s[next]
            if escape != "u" {
                index = next + 1
                switch escape {
                case "\"", "\\", "/": out.append(escape)
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                default: throw error("Invalid \\escape", index - 2)
                }
                continue
            }
            next += 1
            var end = next + 4
            guard end < s.count else { throw error("Invalid \\uXXXX escape", next - 1) }
            guard var code = hex4(at: next) else { throw error("Invalid \\uXXXX escape", end - 5) }
            next = end
            if (0xD800...0xDBFF).contains(code), end + 6 < s.count, s[next] == "\\", s[next + 1] == "u" {
                end += 6
                guard let low = hex4(at: next + 2) else { throw error("Invalid \\uXXXX escape", end - 5) }
                if (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    end -= 6
                }
            }
            index = end
            out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        }
    }

    private func hex4(at index: Int) -> UInt32? {
        var value: UInt32 = 0
        for c in s[index..<(index + 4)] {
            guard let digit = Self.hexDigit(c) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 0x30
        case "a"..."f": c.value - 0x61 + 10
        case "A"..."F": c.value - 0x41 + 10
        default: nil
        }
    }

    private func isDigit(_ i: Int) -> Bool { i < s.count && s[i] >= "0" && s[i] <= "9" }

    /// A number, by the C scanner's rules: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`,
    /// where a dangling fraction or exponent is left for the caller (`Extra data`).
    private func scanNumber(_ index: inout Int) throws(PyError) -> Value {
        let start = index
        var i = index
        if s[i] == "-" {
            i += 1
            guard i < s.count else { throw error("Expecting value", start) }
        }
        if s[i] >= "1" && s[i] <= "9" {
            i += 1
            while isDigit(i) { i += 1 }
        } else if s[i] == "0" {
            i += 1
        } else {
            throw error("Expecting value", start)
        }
        var isFloat = false
        if i + 1 < s.count, s[i] == ".", isDigit(i + 1) {
            isFloat = true
            i += 2
            while isDigit(i) { i += 1 }
        }
        if i + 1 < s.count, s[i] == "e" || s[i] == "E" {
            let exponentStart = i
            i += 1
            if i + 1 < s.count, s[i] == "-" || s[i] == "+" { i += 1 }
            while isDigit(i) { i += 1 }
            if isDigit(i - 1) { isFloat = true } else { i = exponentStart }
        }
        index = i
        let literal = String(String.UnicodeScalarView(s[start..<i]))
        if isFloat {
            if let hook = hooks.parseFloat { return try vm.call(hook, [.str(literal)]) }
            return .float(Double(literal) ?? .nan)
        }
        if let hook = hooks.parseInt { return try vm.call(hook, [.str(literal)]) }
        if let small = Int(literal) { return .int(small) }
        try vm.reserveMemory(literal.count)
        return PyBigInt.value(BigInt(literal) ?? 0)
    }
}
