import BigInt
import PyFormat

extension VM {
    /// `format(value, spec)`: `__format__` of user classes, else the built-in mini-language.
    func format(_ value: Value, spec: String) throws(PyError) -> String {
        if case .object(let o) = value, o.type.hasSpecialMethods, let method = o.type.specialMethod("__format__") {
            let result = try call(method, [value, .str(spec)])
            guard case .object(let r) = result, let s = r as? PyStr else {
                throw Errors.typeError("__format__ must return a str, not \(result.typeName)")
            }
            return s.value
        }
        if spec.isEmpty { return try str(value) }
        try reserveMemory(VM.largestNumber(in: spec))
        switch value {
        case .bool(let b): return try formatCall { () throws -> String in try PyFormat.format(b ? 1 : 0, spec: spec, typeName: "bool") }
        case .int(let i): return try formatCall { () throws -> String in try PyFormat.format(i, spec: spec) }
        case .float(let d): return try formatCall { () throws -> String in try PyFormat.format(d, spec: spec) }
        case .object(let o):
            if let s = o as? PyStr { return try formatCall { () throws -> String in try PyFormat.format(s.value, spec: spec) } }
            if let b = o as? PyBigInt { return try formatCall { () throws -> String in try PyFormat.format(b.value, spec: spec) } }
        case .none: break
        }
        throw Errors.typeError("unsupported format string passed to \(value.typeName).__format__")
    }

    /// The largest decimal number written in a format spec or format string (widths and
    /// precisions), so the memory they ask for is accounted before formatting.
    static func largestNumber(in text: String) -> Int {
        var largest = 0, current = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                current = current.saturatingMultiply(10).addingReportingOverflow(Int(byte - 0x30)).partialValue
                if current < 0 { current = Int.max }
            } else {
                largest = max(largest, current)
                current = 0
            }
        }
        return max(largest, current)
    }

    /// The largest width or precision inside the `%` conversions of a format string.
    static func largestConversionNumber(in format: String) -> Int {
        var largest = 0
        var bytes = format.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else { continue }
            var current = 0
            while let next = bytes.next() {
                if next >= 0x30 && next <= 0x39 {
                    current = current.saturatingMultiply(10).addingReportingOverflow(Int(next - 0x30)).partialValue
                    if current < 0 { current = Int.max }
                    largest = max(largest, current)
                } else if next == UInt8(ascii: ".") {
                    current = 0
                } else if next == UInt8(ascii: "(") {
                    // A mapping key: skip to its closing parenthesis.
                    while let k = bytes.next(), k != UInt8(ascii: ")") {}
                } else if "-+ #0*".utf8.contains(next) {
                    continue
                } else {
                    break
                }
            }
        }
        return largest
    }

    /// `str % args`.
    func percentFormat(_ format: String, _ args: Value) throws(PyError) -> String {
        try reserveMemory(VM.largestConversionNumber(in: format))
        if format.utf8.contains(UInt8(ascii: "*")) {
            // `*` widths come from the arguments.
            var items: [Value] = [args]
            if case .object(let o) = args, let tuple = o as? PyTuple { items = tuple.items }
            for item in items {
                if case .int(let n) = item { try reserveMemory(abs(n == Int.min ? Int.max : n)) }
            }
        }
        do {
            return try PyFormat.percent(format, PercentArgument(vm: self, value: args))
        } catch let error as PyError {
            throw error
        } catch let error as PyFormatError {
            throw PyError.from(error)
        } catch {
            throw Errors.valueError("\(error)")
        }
    }

    /// `str(int)` with CPython's 4300-digit limit.
    func integerString(_ b: PyBigInt) throws(PyError) -> String {
        try formatCall { () throws -> String in try PyInt.decimalString(b.value) }
    }
}

extension PyError {
    /// The Python exception for a formatting error.
    static func from(_ error: PyFormatError) -> PyError {
        switch error.kind {
        case .typeError: Errors.typeError(error.message)
        case .overflowError: Errors.overflowError(error.message)
        case .memoryError: Errors.memory()
        default: Errors.valueError(error.message)
        }
    }
}

/// A value as `%`-formatting sees it.
struct PercentArgument: PercentFormatArgument {
    let vm: VM
    let value: Value

    var typeName: String { value.typeName }

    var tupleItems: [PercentArgument]? {
        guard case .object(let o) = value, let t = o as? PyTuple else { return nil }
        return t.items.map { PercentArgument(vm: vm, value: $0) }
    }

    var isMapping: Bool {
        guard case .object(let o) = value, !(o is PyTuple), !(o is PyStr) else { return false }
        return o is PyDict || o is PyList || o.type.lookup("__getitem__") != nil
    }

    func lookup(key: String) throws -> PercentArgument {
        PercentArgument(vm: vm, value: try vm.getItem(value, .str(key)))
    }

    var stringValue: String? {
        guard case .object(let o) = value, let s = o as? PyStr else { return nil }
        return s.value
    }

    var intValue: BigInt? {
        if case .float = value { return nil }
        return value.bigInteger
    }

    func asInteger() throws -> BigInt? {
        if case .float(let d) = value {
            return try PyInt.fromDouble(d)
        }
        if let i = value.bigInteger { return i }
        if !value.pyType.isBuiltin, let method = value.pyType.lookup("__int__") {
            return try vm.call(method, [value]).bigInteger
        }
        return nil
    }

    func asDouble() throws -> Double? {
        if case .float(let d) = value { return d }
        if let n = Number(value) { return try doubleValue(n) }
        if !value.pyType.isBuiltin, let method = value.pyType.lookup("__float__"),
           case .float(let d) = try vm.call(method, [value]) {
            return d
        }
        return nil
    }

    func str() throws -> String { try vm.str(value) }
    func repr() throws -> String { try vm.repr(value) }
}
