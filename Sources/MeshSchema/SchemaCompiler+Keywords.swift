// One reader per keyword: each checks the keyword's value against the 2020-12 meta-schema and
// stores its compiled form.

extension SchemaCompiler {
    /// Keywords that would constrain values but are not implemented; rejected so a schema never
    /// silently accepts what its author meant to refuse.
    static let unsupportedKeywords: [String: String] = [
        "unevaluatedProperties": "'unevaluatedProperties' is not supported; use 'additionalProperties'",
        "unevaluatedItems": "'unevaluatedItems' is not supported; use 'items'",
        "$dynamicRef": "'$dynamicRef' is not supported",
        "$dynamicAnchor": "'$dynamicAnchor' is not supported",
        "$recursiveRef": "'$recursiveRef' is not supported",
        "$recursiveAnchor": "'$recursiveAnchor' is not supported",
        "dependencies": "draft-07 'dependencies' is not supported; use 'dependentRequired' or 'dependentSchemas'",
        "additionalItems": "'additionalItems' is not supported; use 'prefixItems' with 'items'",
    ]

    static let typeNames: Set<String> = ["array", "boolean", "integer", "null", "number", "object", "string"]

    mutating func compileKeyword(
        _ keyword: String, _ value: JSONValue, at here: [String], depth: Int, into rules: inout SchemaRules
    ) throws(SchemaError) {
        switch keyword {
        case "type":
            rules.types = try readTypes(value, at: here)
        case "enum":
            guard case .array(let values) = value else { throw invalid(here, "must be an array", value) }
            rules.enumValues = values
        case "const":
            rules.constValue = value
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf":
            try compileNumberKeyword(keyword, value, at: here, into: &rules)
        case "minLength", "maxLength", "pattern":
            try compileStringKeyword(keyword, value, at: here, into: &rules)
        case "items", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems", "minContains", "maxContains":
            try compileArrayKeyword(keyword, value, at: here, depth: depth, into: &rules)
        case "properties", "patternProperties", "additionalProperties", "propertyNames", "required",
             "minProperties", "maxProperties", "dependentRequired", "dependentSchemas":
            try compileObjectKeyword(keyword, value, at: here, depth: depth, into: &rules)
        case "allOf":
            rules.allOf = try readSchemaArray(value, at: here, depth: depth)
        case "anyOf":
            rules.anyOf = try readSchemaArray(value, at: here, depth: depth)
        case "oneOf":
            rules.oneOf = try readSchemaArray(value, at: here, depth: depth)
        case "not":
            rules.not = try compileSubschema(value, at: here, depth: depth + 1)
        case "$defs", "definitions":
            // Compiled for checking and as `$ref` targets; they apply only through a `$ref`.
            _ = try readSchemaMap(value, at: here, depth: depth)
        case "$id" where here.count > 1:
            throw SchemaError(
                kind: .unsupported, location: here,
                message: "'$id' in a subschema (an embedded schema resource) is not supported"
            )
        default:
            if let message = Self.unsupportedKeywords[keyword] {
                throw SchemaError(kind: .unsupported, location: here, message: message)
            }
            // Annotations and unknown keywords are ignored, as the specification requires.
        }
    }

    // MARK: Generic keywords

    private func readTypes(_ value: JSONValue, at here: [String]) throws(SchemaError) -> SchemaTypes {
        let names: [String]
        switch value {
        case .string(let name):
            names = [name]
        case .array(let elements) where elements.count > 0:
            names = try readStringArray(value, at: here)
        default:
            throw invalid(here, "must be a type name or a non-empty array of type names", value)
        }
        for name in names where !Self.typeNames.contains(name) {
            throw SchemaError(
                kind: .invalidKeyword, location: here,
                message: "unknown type \(SchemaMessage.quoted(name)) (the types are "
                    + "array, boolean, integer, null, number, object and string)"
            )
        }
        return SchemaTypes(names: names)
    }

    // MARK: Numbers and strings

    private func compileNumberKeyword(
        _ keyword: String, _ value: JSONValue, at here: [String], into rules: inout SchemaRules
    ) throws(SchemaError) {
        guard case .number(let number) = value else {
            if keyword.hasPrefix("exclusive"), case .bool = value {
                throw invalid(here, "must be a number (the draft-04 boolean form is not supported)", value)
            }
            throw invalid(here, "must be a number", value)
        }
        var numbers = rules.numbers ?? NumberRules()
        let bound = NumberBound(literal: number.literal, value: number.decimal)
        switch keyword {
        case "minimum": numbers.minimum = bound
        case "maximum": numbers.maximum = bound
        case "exclusiveMinimum": numbers.exclusiveMinimum = bound
        case "exclusiveMaximum": numbers.exclusiveMaximum = bound
        default:
            guard number.decimal > DecimalNumber(literal: "0") else {
                throw invalid(here, "must be greater than 0", value)
            }
            guard let divisor = Divisor(number) else {
                throw SchemaError(
                    kind: .unsupported, location: here,
                    message: "divisors with more than 19 significant digits are not supported"
                )
            }
            numbers.multipleOf = divisor
        }
        rules.numbers = numbers
    }

    private func compileStringKeyword(
        _ keyword: String, _ value: JSONValue, at here: [String], into rules: inout SchemaRules
    ) throws(SchemaError) {
        var strings = rules.strings ?? StringRules()
        switch keyword {
        case "minLength": strings.minLength = try readCount(value, at: here)
        case "maxLength": strings.maxLength = try readCount(value, at: here)
        default: strings.pattern = try readPattern(value, at: here)
        }
        rules.strings = strings
    }

    func readPattern(_ value: JSONValue, at here: [String]) throws(SchemaError) -> SchemaPattern {
        guard case .string(let source) = value else { throw invalid(here, "must be a string", value) }
        do {
            return try SchemaPattern(source, maxSize: limits.maxPatternSize)
        } catch {
            let kind: SchemaError.Kind = switch error.kind {
            case .syntax: .invalidKeyword
            case .unsupported: .unsupported
            case .tooLarge: .limitExceeded
            }
            throw SchemaError(
                kind: kind, location: here,
                message: "regular expression \(SchemaMessage.quoted(source)): \(error.message)"
            )
        }
    }

    // MARK: Arrays

    private mutating func compileArrayKeyword(
        _ keyword: String, _ value: JSONValue, at here: [String], depth: Int, into rules: inout SchemaRules
    ) throws(SchemaError) {
        var arrays = rules.arrays ?? ArrayRules()
        switch keyword {
        case "items":
            if case .array = value {
                throw invalid(here, "must be a schema (for tuples use 'prefixItems')", value)
            }
            arrays.items = try compileSubschema(value, at: here, depth: depth + 1)
        case "prefixItems":
            arrays.prefixItems = try readSchemaArray(value, at: here, depth: depth)
        case "contains":
            arrays.contains = try compileSubschema(value, at: here, depth: depth + 1)
        case "minItems": arrays.minItems = try readCount(value, at: here)
        case "maxItems": arrays.maxItems = try readCount(value, at: here)
        case "minContains": arrays.minContains = try readCount(value, at: here)
        case "maxContains": arrays.maxContains = try readCount(value, at: here)
        default:
            guard case .bool(let flag) = value else { throw invalid(here, "must be a boolean", value) }
            arrays.uniqueItems = flag
        }
        rules.arrays = arrays
    }

    // MARK: Objects

    private mutating func compileObjectKeyword(
        _ keyword: String, _ value: JSONValue, at here: [String], depth: Int, into rules: inout SchemaRules
    ) throws(SchemaError) {
        var objects = rules.objects ?? ObjectRules()
        switch keyword {
        case "properties":
            objects.properties = try readSchemaMap(value, at: here, depth: depth)
            objects.propertyIndex = Dictionary(objects.properties.map { ($0.name, $0.node) }) { _, last in last }
        case "patternProperties":
            for (name, node) in try readSchemaMap(value, at: here, depth: depth) {
                let pattern = try readPattern(.string(name), at: here + [name])
                objects.patternProperties.append((pattern: pattern, node: node))
            }
        case "additionalProperties":
            objects.additionalProperties = try compileSubschema(value, at: here, depth: depth + 1)
        case "propertyNames":
            objects.propertyNames = try compileSubschema(value, at: here, depth: depth + 1)
        case "required":
            objects.required = try readStringArray(value, at: here)
        case "minProperties": objects.minProperties = try readCount(value, at: here)
        case "maxProperties": objects.maxProperties = try readCount(value, at: here)
        case "dependentRequired":
            guard case .object(let members) = value else { throw invalid(here, "must be an object", value) }
            for (name, names) in members.members {
                objects.dependentRequired.append((name: name, required: try readStringArray(names, at: here + [name])))
            }
        default:
            objects.dependentSchemas = try readSchemaMap(value, at: here, depth: depth)
        }
        rules.objects = objects
    }

    // MARK: Value readers

    /// A non-negative integer such as `minLength`; integral floats (`2.0`) are accepted, and
    /// values beyond `Int` saturate (no array or string could reach them).
    private func readCount(_ value: JSONValue, at here: [String]) throws(SchemaError) -> Int {
        guard case .number(let number) = value, number.isInteger, !number.decimal.negative else {
            throw invalid(here, "must be a non-negative integer", value)
        }
        guard let exact = number.int64Value else { return Int.max }
        return Int(exact)
    }

    /// An array of unique strings, such as `required`.
    private func readStringArray(_ value: JSONValue, at here: [String]) throws(SchemaError) -> [String] {
        guard case .array(let elements) = value else { throw invalid(here, "must be an array of strings", value) }
        var strings: [String] = []
        var seen: Set<String> = []
        for (index, element) in elements.enumerated() {
            guard case .string(let string) = element else {
                throw invalid(here + [String(index)], "must be a string", element)
            }
            guard seen.insert(string).inserted else {
                throw SchemaError(
                    kind: .invalidKeyword, location: here + [String(index)],
                    message: "duplicate entry \(SchemaMessage.quoted(string))"
                )
            }
            strings.append(string)
        }
        return strings
    }

    /// A non-empty array of schemas, such as `anyOf`.
    private mutating func readSchemaArray(
        _ value: JSONValue, at here: [String], depth: Int
    ) throws(SchemaError) -> [SchemaNodeID] {
        guard case .array(let elements) = value, !elements.isEmpty else {
            throw invalid(here, "must be a non-empty array of schemas", value)
        }
        var nodes: [SchemaNodeID] = []
        for (index, element) in elements.enumerated() {
            nodes.append(try compileSubschema(element, at: here + [String(index)], depth: depth + 1))
        }
        return nodes
    }

    /// An object whose values are schemas, such as `properties`, in document order.
    private mutating func readSchemaMap(
        _ value: JSONValue, at here: [String], depth: Int
    ) throws(SchemaError) -> [(name: String, node: SchemaNodeID)] {
        guard case .object(let object) = value else { throw invalid(here, "must be an object of schemas", value) }
        var nodes: [(name: String, node: SchemaNodeID)] = []
        for (name, element) in object.members {
            nodes.append((name: name, node: try compileSubschema(element, at: here + [name], depth: depth + 1)))
        }
        return nodes
    }

    func invalid(_ here: [String], _ requirement: String, _ value: JSONValue) -> SchemaError {
        SchemaError(kind: .invalidKeyword, location: here, message: "\(requirement), got \(value.typeName)")
    }
}
