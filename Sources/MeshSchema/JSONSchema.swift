/// A JSON Schema (draft 2020-12, the subset tool schemas use), compiled once and then used to
/// validate many values.
///
/// Supported keywords: `type`, `enum`, `const`; `minimum`, `maximum`, `exclusiveMinimum`,
/// `exclusiveMaximum`, `multipleOf`; `minLength`, `maxLength`, `pattern`; `items`,
/// `prefixItems`, `minItems`, `maxItems`, `uniqueItems`, `contains`, `minContains`,
/// `maxContains`; `properties`, `required`, `additionalProperties`, `patternProperties`,
/// `propertyNames`, `minProperties`, `maxProperties`, `dependentRequired`,
/// `dependentSchemas`; `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`; `$ref` to any
/// subschema of the same document (`#`, `#/$defs/NAME`, `#/definitions/NAME`, …); `$defs` and
/// `definitions`. Annotations (`title`, `description`, `default`, `examples`, `format`,
/// `$schema`, `$id` at the root, `$comment`, …) and unknown keywords are ignored, as the
/// specification says. Keywords that would constrain values but are not implemented
/// (`unevaluatedProperties`, `$dynamicRef`, draft-07 `dependencies`, …) are rejected at
/// compile time rather than silently ignored.
///
/// Decisions:
/// - Numbers are compared exactly on their decimal text: `0.3` is a multiple of `0.1`, and
///   `1e400` is an integer greater than any finite `maximum` (Python's `jsonschema` uses floats
///   and disagrees on such edge cases).
/// - `minLength`/`maxLength` count Unicode scalars (code points), as Python's `len` does.
/// - `pattern` supports a subset of ECMA-262 regular expressions, matched without backtracking
///   in time linear in the string's length; see ``SchemaLimits/maxPatternSize``.
/// - Subschemas that apply each other to the same value in a loop are rejected at compile time
///   (``SchemaError/Kind/referenceCycle``); recursion through nested values is fine.
public struct JSONSchema: Sendable {
    /// Compiled subschemas; the root is at index 0 and `$ref` targets are indexes.
    let nodes: [SchemaNode]
    /// The bounds applied when compiling and validating.
    public let limits: SchemaLimits
    /// The schema document as given.
    public let document: JSONValue

    /// Index of the root subschema in `nodes`.
    static let root: SchemaNodeID = 0

    init(nodes: [SchemaNode], limits: SchemaLimits, document: JSONValue) {
        self.nodes = nodes
        self.limits = limits
        self.document = document
    }
}

/// Index of a subschema in ``JSONSchema/nodes``.
typealias SchemaNodeID = Int

/// One compiled subschema, immutable once compiled: the fields of its ``SchemaRules``.
///
/// A class with one stored property per keyword group, so the validator reads single fields
/// through a reference; copying a whole `SchemaRules` per access would bloat every frame of
/// a deep, recursive validation.
final class SchemaNode: Sendable {
    let location: [String]
    let constant: Bool?
    let types: SchemaTypes?
    let constValue: JSONValue?
    let enumValues: [JSONValue]?
    let numbers: NumberRules?
    let strings: StringRules?
    let arrays: ArrayRules?
    let objects: ObjectRules?
    let reference: SchemaNodeID?
    let allOf: [SchemaNodeID]
    let anyOf: [SchemaNodeID]
    let oneOf: [SchemaNodeID]
    let not: SchemaNodeID?
    let condition: ConditionRules?

    init(_ rules: SchemaRules) {
        location = rules.location
        constant = rules.constant
        types = rules.types
        constValue = rules.constValue
        enumValues = rules.enumValues
        numbers = rules.numbers
        strings = rules.strings
        arrays = rules.arrays
        objects = rules.objects
        reference = rules.reference
        allOf = rules.allOf
        anyOf = rules.anyOf
        oneOf = rules.oneOf
        not = rules.not
        condition = rules.condition
    }
}

/// The keywords of one subschema, as the compiler builds them. Groups of type-specific keywords are nil
/// when the subschema uses none of them.
struct SchemaRules: Sendable {
    /// Where the subschema sits in the schema document.
    var location: [String]
    /// `true` or `false` for a boolean schema; nil for an object schema.
    var constant: Bool?
    var types: SchemaTypes?
    var constValue: JSONValue?
    var enumValues: [JSONValue]?
    var numbers: NumberRules?
    var strings: StringRules?
    var arrays: ArrayRules?
    var objects: ObjectRules?
    var reference: SchemaNodeID?
    var allOf: [SchemaNodeID] = []
    var anyOf: [SchemaNodeID] = []
    var oneOf: [SchemaNodeID] = []
    var not: SchemaNodeID?
    var condition: ConditionRules?

    init(location: [String]) {
        self.location = location
    }
}

/// `type`: the allowed type names, in the order the schema lists them.
struct SchemaTypes: Sendable {
    var names: [String]

    /// True when `value` is an instance of one of the types; `integer` means a number with a
    /// zero fractional part, `number` includes integers.
    func admits(_ value: JSONValue) -> Bool {
        names.contains { name in
            switch (name, value) {
            case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string),
                 ("array", .array), ("object", .object):
                true
            case ("integer", .number(let number)):
                number.isInteger
            default:
                false
            }
        }
    }
}

/// A numeric bound with the schema's literal, for messages.
struct NumberBound: Sendable {
    var literal: String
    var value: DecimalNumber
}

struct NumberRules: Sendable {
    var minimum: NumberBound?
    var exclusiveMinimum: NumberBound?
    var maximum: NumberBound?
    var exclusiveMaximum: NumberBound?
    var multipleOf: Divisor?
}

struct StringRules: Sendable {
    var minLength: Int?
    var maxLength: Int?
    var pattern: SchemaPattern?
}

struct ArrayRules: Sendable {
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var prefixItems: [SchemaNodeID] = []
    var items: SchemaNodeID?
    var contains: SchemaNodeID?
    var minContains = 1
    var maxContains: Int?
}

struct ObjectRules: Sendable {
    /// `properties` in document order (the order of positional arguments).
    var properties: [(name: String, node: SchemaNodeID)] = []
    var propertyIndex: [String: SchemaNodeID] = [:]
    var patternProperties: [(pattern: SchemaPattern, node: SchemaNodeID)] = []
    var additionalProperties: SchemaNodeID?
    var required: [String] = []
    var minProperties: Int?
    var maxProperties: Int?
    var dependentRequired: [(name: String, required: [String])] = []
    var dependentSchemas: [(name: String, node: SchemaNodeID)] = []
    var propertyNames: SchemaNodeID?
}

/// `if`/`then`/`else`.
struct ConditionRules: Sendable {
    var condition: SchemaNodeID
    var then: SchemaNodeID?
    var otherwise: SchemaNodeID?
}
