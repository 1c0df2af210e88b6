/// Every way a value can fail a schema, and the message for each: the single place where
/// violation text is written.
///
/// The validator's recursive functions only construct these small values; the text is built
/// here, out of line, which keeps their stack frames small (string interpolation temporaries
/// would otherwise sit in every frame of a deep validation).
enum SchemaFailure {
    case falseSchema
    case type(expected: [String], actual: String)
    case const(JSONValue)
    case enumeration([JSONValue])
    case minimum(String)
    case exclusiveMinimum(String)
    case maximum(String)
    case exclusiveMaximum(String)
    case multipleOf(String)
    case minLength(Int)
    case maxLength(Int)
    case pattern(String)
    case minItems(Int)
    case maxItems(Int)
    /// An element whose subschema (`prefixItems` entry or `items`) is `false`.
    case unexpectedItem(keyword: String, index: Int)
    case duplicateItems(Int, Int)
    case minContains(Int)
    case maxContains(Int)
    case required(String)
    case minProperties(Int)
    case maxProperties(Int)
    case dependentRequired(missing: String, trigger: String)
    case propertyName(String, reason: String)
    /// A member whose subschema (`properties`, `patternProperties` or `additionalProperties`)
    /// is `false`.
    case unexpectedProperty(keyword: String, name: String)
    case anyOf
    case oneOfNone
    case oneOfMany(Int, Int)
    case not
    case depthLimit(Int)
    case stepLimit(Int)
    case badReference

    /// The keyword reported in ``SchemaViolation/keyword``.
    var keyword: String {
        switch self {
        case .falseSchema: "false"
        case .type: "type"
        case .const: "const"
        case .enumeration: "enum"
        case .minimum: "minimum"
        case .exclusiveMinimum: "exclusiveMinimum"
        case .maximum: "maximum"
        case .exclusiveMaximum: "exclusiveMaximum"
        case .multipleOf: "multipleOf"
        case .minLength: "minLength"
        case .maxLength: "maxLength"
        case .pattern: "pattern"
        case .minItems: "minItems"
        case .maxItems: "maxItems"
        case .unexpectedItem(let keyword, _): keyword
        case .duplicateItems: "uniqueItems"
        case .minContains: "contains"
        case .maxContains: "maxContains"
        case .required: "required"
        case .minProperties: "minProperties"
        case .maxProperties: "maxProperties"
        case .dependentRequired: "dependentRequired"
        case .propertyName: "propertyNames"
        case .unexpectedProperty(let keyword, _): keyword
        case .anyOf: "anyOf"
        case .oneOfNone, .oneOfMany: "oneOf"
        case .not: "not"
        case .depthLimit: "maxValidationDepth"
        case .stepLimit: "maxValidationSteps"
        case .badReference: "$ref"
        }
    }

    /// The message, without the path.
    var message: String {
        switch self {
        case .falseSchema: "not allowed"
        case .type(let expected, let actual): "expected \(SchemaMessage.alternatives(expected)), got \(actual)"
        case .const(let value): "must be equal to \(SchemaMessage.json(value))"
        case .enumeration(let values): "must be one of \(SchemaMessage.list(values))"
        case .minimum(let bound): "must be at least \(bound)"
        case .exclusiveMinimum(let bound): "must be greater than \(bound)"
        case .maximum(let bound): "must be at most \(bound)"
        case .exclusiveMaximum(let bound): "must be less than \(bound)"
        case .multipleOf(let divisor): "must be a multiple of \(divisor)"
        case .minLength(let count): "must be at least \(SchemaMessage.count(count, "character")) long"
        case .maxLength(let count): "must be at most \(SchemaMessage.count(count, "character")) long"
        case .pattern(let source): "must match the pattern \(SchemaMessage.json(.string(source)))"
        case .minItems(let count): "must contain at least \(SchemaMessage.count(count, "item"))"
        case .maxItems(let count): "must contain at most \(SchemaMessage.count(count, "item"))"
        case .unexpectedItem(_, let index): "unexpected item at index \(index)"
        case .duplicateItems(let first, let second):
            "must not contain duplicates (items \(first) and \(second) are equal)"
        case .minContains(let count): "must contain at least \(SchemaMessage.count(count, "item")) matching 'contains'"
        case .maxContains(let count): "must contain at most \(SchemaMessage.count(count, "item")) matching 'contains'"
        case .required(let name): "missing required property \(SchemaMessage.quoted(name))"
        case .minProperties(let count): "must have at least \(SchemaMessage.count(count, "property"))"
        case .maxProperties(let count): "must have at most \(SchemaMessage.count(count, "property"))"
        case .dependentRequired(let missing, let trigger):
            "missing property \(SchemaMessage.quoted(missing)), "
                + "required when \(SchemaMessage.quoted(trigger)) is present"
        case .propertyName(let name, let reason): "invalid property name \(SchemaMessage.quoted(name)): \(reason)"
        case .unexpectedProperty(_, let name): "unexpected property \(SchemaMessage.quoted(name))"
        case .anyOf: "does not match any of the schemas in 'anyOf'"
        case .oneOfNone: "does not match any of the schemas in 'oneOf'"
        case .oneOfMany(let first, let second):
            "must match exactly one schema in 'oneOf', but matches \(first) and \(second)"
        case .not: "must not match the schema in 'not'"
        case .depthLimit(let limit): "schema applied more than \(limit) levels deep"
        case .stepLimit(let limit): "validation needs more than \(limit) steps"
        case .badReference: "schema reference out of range"
        }
    }
}
