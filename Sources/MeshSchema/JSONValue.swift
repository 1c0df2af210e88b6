/// A JSON document as a value: what `JSONValue(parsing:)` returns and what ``JSONSchema``
/// validates.
///
/// Equality and hashing follow JSON Schema's notion of equal instances: numbers compare by
/// mathematical value (`1`, `1.0` and `10e-1` are equal) and objects compare as unordered sets
/// of members. The exact number text and the member order are still kept, see ``JSONNumber``
/// and ``JSONObject``.
///
/// Equality, hashing and destruction recurse into nested values. Parsed values are bounded by
/// ``JSONParseOptions/maxDepth``; values built in code should stay similarly shallow.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    /// The JSON Schema type name of this value: `null`, `boolean`, `integer` (a number with a
    /// zero fractional part, such as `3` or `3.0`), `number`, `string`, `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number.isInteger ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The payload of a `.bool`, or nil.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The payload of a `.number`, or nil.
    public var numberValue: JSONNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The payload of a `.string`, or nil.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The payload of an `.array`, or nil.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The payload of an `.object`, or nil.
    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `key` when this is an object; nil otherwise or when absent.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The element at `index` when this is an array and the index is in range; nil otherwise.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
