import BigInt
import MeshSchema

extension VM {
    /// A JSON value as a Python object, as `json.loads` would build it (object member order
    /// kept; integers stay ints, numbers with a fraction or exponent become floats).
    func value(from json: JSONValue) -> Value {
        switch json {
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .string(let s): return .str(s)
        case .number(let n):
            let literal = n.literal
            if !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                if let i = Int(literal) { return .int(i) }
                if let big = BigInt(literal) { return PyBigInt.value(big) }
            }
            return .float(n.doubleValue)
        case .array(let items): return .list(items.map { value(from: $0) })
        case .object(let object):
            let dict = PyDict()
            for (key, member) in object.members { dict.set(key, value(from: member)) }
            return .object(dict)
        }
    }

    /// A Python value as JSON (what `json.dumps` accepts); anything else is a `TypeError`.
    func json(from value: Value, depth: Int = 0) throws(PyError) -> JSONValue {
        if depth > 200 { throw Errors.valueError("Circular reference detected") }
        switch value {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(JSONNumber(i))
        case .float(let d):
            guard let n = JSONNumber(d) else { throw Errors.valueError("Out of range float values are not JSON compliant") }
            return .number(n)
        case .object(let o):
            switch o {
            case let s as PyStr: return .string(s.value)
            case let b as PyBigInt:
                guard let n = JSONNumber(literal: String(b.value)) else { return .null }
                return .number(n)
            case let list as PyList:
                var items: [JSONValue] = []
                for item in list.items { items.append(try json(from: item, depth: depth + 1)) }
                return .array(items)
            case let tuple as PyTuple:
                var items: [JSONValue] = []
                for item in tuple.items { items.append(try json(from: item, depth: depth + 1)) }
                return .array(items)
            case let dict as PyDict:
                var members: [(key: String, value: JSONValue)] = []
                for (key, member) in dict.entries {
                    let name: String
                    switch key {
                    case .object(let k) where k is PyStr: name = (k as? PyStr)?.value ?? ""
                    case .int, .float, .bool, .none: name = try jsonKey(key)
                    default: throw Errors.typeError("keys must be str, int, float, bool or None, not \(key.typeName)")
                    }
                    members.append((name, try json(from: member, depth: depth + 1)))
                }
                return .object(JSONObject(members))
            default:
                throw Errors.typeError("Object of type \(value.typeName) is not JSON serializable")
            }
        }
    }

    private func jsonKey(_ key: Value) throws(PyError) -> String {
        switch key {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        default: return try repr(key)
        }
    }
}
