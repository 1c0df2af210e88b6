import BigInt
import PyFormat

/// An exception a test value raises that `PyFormatError` does not model (KeyError…).
struct TestError: Error, Equatable {
    let kind: String
    let message: String
}

/// A small model of Python values, standing in for the interpreter's value type as a
/// `%` argument; its str()/repr() follow CPython for these types.
indirect enum TestValue: PercentFormatArgument {
    case int(BigInt)
    case bool(Bool)
    case float(Double)
    case str(String)
    case none
    case tuple([TestValue])
    case list([TestValue])
    case dict([(String, TestValue)])

    var typeName: String {
        switch self {
        case .int: "int"
        case .bool: "bool"
        case .float: "float"
        case .str: "str"
        case .none: "NoneType"
        case .tuple: "tuple"
        case .list: "list"
        case .dict: "dict"
        }
    }

    var tupleItems: [TestValue]? {
        if case .tuple(let items) = self { return items }
        return nil
    }

    var isMapping: Bool {
        switch self {
        case .list, .dict: true
        default: false
        }
    }

    func lookup(key: String) throws -> TestValue {
        switch self {
        case .dict(let pairs):
            if let found = pairs.first(where: { $0.0 == key }) { return found.1 }
            throw TestError(kind: "KeyError", message: PyRepr.string(key))
        case .list:
            throw TestError(kind: "TypeError", message: "list indices must be integers or slices, not str")
        default:
            throw TestError(kind: "TypeError", message: "'\(typeName)' object is not subscriptable")
        }
    }

    var stringValue: String? {
        if case .str(let text) = self { return text }
        return nil
    }

    var intValue: BigInt? {
        switch self {
        case .int(let value): value
        case .bool(let value): value ? 1 : 0
        default: nil
        }
    }

    func asInteger() throws -> BigInt? {
        if case .float(let x) = self { return try PyInt.fromDouble(x) }
        return intValue
    }

    func asDouble() throws -> Double? {
        switch self {
        case .int(let value): try PyInt.toDouble(value)
        case .bool(let value): value ? 1 : 0
        case .float(let x): x
        default: nil
        }
    }

    func str() throws -> String {
        switch self {
        case .int(let value): try PyInt.decimalString(value)
        case .str(let text): text
        default: try repr()
        }
    }

    func repr() throws -> String {
        switch self {
        case .int(let value): return try PyInt.decimalString(value)
        case .bool(let value): return value ? "True" : "False"
        case .float(let x): return FloatRepr.repr(x)
        case .str(let text): return PyRepr.string(text)
        case .none: return "None"
        case .tuple(let items):
            let parts = try items.map { try $0.repr() }
            return "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
        case .list(let items):
            return "[" + (try items.map { try $0.repr() }).joined(separator: ", ") + "]"
        case .dict(let pairs):
            return "{" + (try pairs.map { PyRepr.string($0.0) + ": " + (try $0.1.repr()) }).joined(separator: ", ") + "}"
        }
    }
}
