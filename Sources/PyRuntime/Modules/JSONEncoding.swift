import PyFormat

/// The options of `json.dumps`.
struct JSONEncodingOptions {
    var skipKeys = false
    var ensureASCII = true
    var checkCircular = true
    var allowNaN = true
    var sortKeys = false
    /// nil: everything on one line.
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    var defaultFunction: Value?
}

/// `json.dumps`: Python values to JSON text, byte for byte as CPython's encoder writes it.
struct JSONEncoding {
    let vm: VM
    let options: JSONEncodingOptions
    private(set) var output = ""
    /// Containers being encoded (`check_circular`).
    private var markers: Set<ObjectIdentifier> = []

    init(vm: VM, options: JSONEncodingOptions) {
        self.vm = vm
        self.options = options
    }

    mutating func encode(_ value: Value, level: Int) throws(PyError) {
        if level > 400 { throw Errors.make(ExceptionTypes.recursionError, "maximum recursion depth exceeded while encoding a JSON object") }
        switch value {
        case .none: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): append(String(i))
        case .float(let d): append(try floatText(d))
        case .object(let o):
            switch o {
            case let s as PyStr: try appendString(s.value)
            case let big as PyBigInt: append(String(big.value))
            case let list as PyList: try encodeArray(list.items, owner: o, level: level)
            case let tuple as PyTuple: try encodeArray(tuple.items, owner: o, level: level)
            case let dict as PyDict: try encodeObject(dict, level: level)
            default:
                guard let function = options.defaultFunction else {
                    throw Errors.typeError("Object of type \(value.typeName) is not JSON serializable")
                }
                let id = ObjectIdentifier(o)
                if options.checkCircular {
                    if markers.contains(id) { throw Errors.valueError("Circular reference detected") }
                    markers.insert(id)
                }
                let replacement = try vm.call(function, [value])
                try encode(replacement, level: level + 1)
                markers.remove(id)
            }
        }
    }

    private mutating func append(_ text: String) {
        output += text
    }

    /// CPython's `float.__repr__`, with JSON's spellings of the non-finite values.
    private func floatText(_ d: Double) throws(PyError) -> String {
        if d.isFinite { return FloatRepr.repr(d) }
        guard options.allowNaN else {
            // CPython 3.12's message (3.11 stops before the value).
            throw Errors.valueError("Out of range float values are not JSON compliant: \(d.isNaN ? "nan" : d > 0 ? "inf" : "-inf")")
        }
        if d.isNaN { return "NaN" }
        return d > 0 ? "Infinity" : "-Infinity"
    }

    private mutating func enter(_ owner: PyObject) throws(PyError) {
        guard options.checkCircular else { return }
        let id = ObjectIdentifier(owner)
        if markers.contains(id) { throw Errors.valueError("Circular reference detected") }
        markers.insert(id)
    }

    private mutating func leave(_ owner: PyObject) {
        if options.checkCircular { markers.remove(ObjectIdentifier(owner)) }
    }

    private mutating func encodeArray(_ items: [Value], owner: PyObject, level: Int) throws(PyError) {
        if items.isEmpty {
            append("[]")
            return
        }
        try enter(owner)
        append("[")
        let (opening, separator, closing) = layout(level: level)
        for (index, item) in items.enumerated() {
            append(index == 0 ? opening : separator)
            try encode(item, level: level + 1)
        }
        append(closing + "]")
        leave(owner)
    }

    private mutating func encodeObject(_ dict: PyDict, level: Int) throws(PyError) {
        var entries = dict.entries
        if entries.isEmpty {
            append("{}")
            return
        }
        try enter(dict)
        if options.sortKeys {
            // CPython sorts the (key, value) items; keys are distinct, so by key.
            var keys = entries.map(\.key)
            var order = Array(keys.indices).map { Value.int($0) }
            try vm.stableSort(&order, keys: keys, reverse: false)
            entries = order.compactMap { if case .int(let i) = $0 { entries[i] } else { nil } }
            keys = []
        }
        append("{")
        let (opening, separator, closing) = layout(level: level)
        var first = true
        for (key, value) in entries {
            guard let name = try keyText(key) else { continue }
            append(first ? opening : separator)
            first = false
            try appendString(name)
            append(options.keySeparator)
            try encode(value, level: level + 1)
        }
        append(closing + "}")
        leave(dict)
    }

    /// The text before the first item, between items, and before the closing bracket.
    private func layout(level: Int) -> (opening: String, separator: String, closing: String) {
        guard let indent = options.indent else { return ("", options.itemSeparator, "") }
        let inner = "\n" + String(repeating: indent, count: level + 1)
        return (inner, options.itemSeparator + inner, "\n" + String(repeating: indent, count: level))
    }

    /// A dict key as JSON object member name; nil to skip it (`skipkeys`).
    private func keyText(_ key: Value) throws(PyError) -> String? {
        switch key {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return try floatText(d)
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if let big = o as? PyBigInt { return String(big.value) }
        }
        if options.skipKeys { return nil }
        throw Errors.typeError("keys must be str, int, float, bool or None, not \(key.typeName)")
    }

    /// A JSON string literal: `ensure_ascii` escapes everything outside printable ASCII as
    /// `\uXXXX` (astral characters as surrogate pairs); otherwise only controls, `"` and `\`.
    private mutating func appendString(_ text: String) throws(PyError) {
        try vm.reserveMemory(text.utf8.count + 2)
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                let v = scalar.value
                if v < 0x20 || (options.ensureASCII && v > 0x7E) {
                    if v > 0xFFFF {
                        let offset = v - 0x10000
                        out += hex4(0xD800 + (offset >> 10)) + hex4(0xDC00 + (offset & 0x3FF))
                    } else {
                        out += hex4(v)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        output += out
    }

    private func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
