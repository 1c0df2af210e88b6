import BigInt
import PyFormat

extension VM {
    /// `format(value, spec)`: `__format__` of user classes, else the built-in mini-language.
    func format(_ value: Value, spec: String) throws(PyError) -> String {
        if case .object(let o) = value, !o.type.isBuiltin, let method = o.type.lookup("__format__"),
           !(method.asObject is PyBuiltinFunction) {
            let result = try call(method, [value, .str(spec)])
            guard case .object(let r) = result, let s = r as? PyStr else {
                throw Errors.typeError("__format__ must return a str, not \(result.typeName)")
            }
            return s.value
        }
        if spec.isEmpty { return try str(value) }
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

    /// `str % args`.
    func percentFormat(_ format: String, _ args: Value) throws(PyError) -> String {
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
