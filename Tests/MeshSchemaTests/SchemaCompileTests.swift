import MeshSchema
import Testing

@Suite("Invalid schemas")
struct SchemaCompileTests {
    static let invalid: [(schema: String, kind: SchemaError.Kind, description: String)] = [
        (#"{"type": 5}"#, .invalidKeyword,
         "invalid schema at #/type: must be a type name or a non-empty array of type names, got integer"),
        (#"{"type": []}"#, .invalidKeyword,
         "invalid schema at #/type: must be a type name or a non-empty array of type names, got array"),
        (#"{"type": "int"}"#, .invalidKeyword,
         "invalid schema at #/type: unknown type 'int' (the types are array, boolean, integer, null, number, object and string)"),
        (#"{"type": ["string", "string"]}"#, .invalidKeyword, "invalid schema at #/type/1: duplicate entry 'string'"),
        (#"{"type": ["string", 1]}"#, .invalidKeyword, "invalid schema at #/type/1: must be a string, got integer"),
        (#"{"required": "x"}"#, .invalidKeyword, "invalid schema at #/required: must be an array of strings, got string"),
        (#"{"properties": {"age": {"type": 5}}}"#, .invalidKeyword,
         "invalid schema at #/properties/age/type: must be a type name or a non-empty array of type names, got integer"),
        (#"{"properties": {"a/b": {"minLength": -1}}}"#, .invalidKeyword,
         "invalid schema at #/properties/a~1b/minLength: must be a non-negative integer, got integer"),
        (#"{"properties": []}"#, .invalidKeyword, "invalid schema at #/properties: must be an object of schemas, got array"),
        (#"{"properties": {"a": 1}}"#, .invalidKeyword,
         "invalid schema at #/properties/a: a schema must be an object or a boolean, got integer"),
        (#"{"items": [{"type": "string"}]}"#, .invalidKeyword,
         "invalid schema at #/items: must be a schema (for tuples use 'prefixItems'), got array"),
        (#"{"prefixItems": []}"#, .invalidKeyword, "invalid schema at #/prefixItems: must be a non-empty array of schemas, got array"),
        (#"{"anyOf": {}}"#, .invalidKeyword, "invalid schema at #/anyOf: must be a non-empty array of schemas, got object"),
        (#"{"allOf": [{"not": "x"}]}"#, .invalidKeyword,
         "invalid schema at #/allOf/0/not: a schema must be an object or a boolean, got string"),
        (#"{"minLength": 1.5}"#, .invalidKeyword, "invalid schema at #/minLength: must be a non-negative integer, got number"),
        (#"{"maxItems": "3"}"#, .invalidKeyword, "invalid schema at #/maxItems: must be a non-negative integer, got string"),
        (#"{"uniqueItems": 1}"#, .invalidKeyword, "invalid schema at #/uniqueItems: must be a boolean, got integer"),
        (#"{"minimum": "0"}"#, .invalidKeyword, "invalid schema at #/minimum: must be a number, got string"),
        (#"{"minimum": 0, "exclusiveMinimum": true}"#, .invalidKeyword,
         "invalid schema at #/exclusiveMinimum: must be a number (the draft-04 boolean form is not supported), got boolean"),
        (#"{"multipleOf": 0}"#, .invalidKeyword, "invalid schema at #/multipleOf: must be greater than 0, got integer"),
        (#"{"multipleOf": -2}"#, .invalidKeyword, "invalid schema at #/multipleOf: must be greater than 0, got integer"),
        (#"{"multipleOf": 1.00000000000000000001}"#, .unsupported,
         "invalid schema at #/multipleOf: divisors with more than 19 significant digits are not supported"),
        (#"{"enum": "a"}"#, .invalidKeyword, "invalid schema at #/enum: must be an array, got string"),
        (#"{"pattern": 5}"#, .invalidKeyword, "invalid schema at #/pattern: must be a string, got integer"),
        (#"{"pattern": "(ab"}"#, .invalidKeyword, "invalid schema at #/pattern: regular expression '(ab': missing ')'"),
        (#"{"pattern": "[z-a]"}"#, .invalidKeyword,
         "invalid schema at #/pattern: regular expression '[z-a]': range out of order in character class"),
        (#"{"pattern": "(?=a)"}"#, .unsupported,
         "invalid schema at #/pattern: regular expression '(?=a)': lookahead and lookbehind assertions are not supported"),
        (#"{"pattern": "(a)\\1"}"#, .unsupported,
         "invalid schema at #/pattern: regular expression '(a)\\\\1': backreferences are not supported"),
        (#"{"patternProperties": {"a{2,1}": {}}}"#, .invalidKeyword,
         "invalid schema at #/patternProperties/a{2,1}: regular expression 'a{2,1}': numbers out of order in {} quantifier"),
        (#"{"dependentRequired": {"a": "b"}}"#, .invalidKeyword,
         "invalid schema at #/dependentRequired/a: must be an array of strings, got string"),
        (#"{"unevaluatedProperties": false}"#, .unsupported,
         "invalid schema at #/unevaluatedProperties: 'unevaluatedProperties' is not supported; use 'additionalProperties'"),
        (#"{"dependencies": {"a": ["b"]}}"#, .unsupported,
         "invalid schema at #/dependencies: draft-07 'dependencies' is not supported; use 'dependentRequired' or 'dependentSchemas'"),
        (##"{"properties": {"a": {"$dynamicRef": "#x"}}}"##, .unsupported,
         "invalid schema at #/properties/a/$dynamicRef: '$dynamicRef' is not supported"),
        (#"{"properties": {"a": {"$id": "https://example.com/a"}}}"#, .unsupported,
         "invalid schema at #/properties/a/$id: '$id' in a subschema (an embedded schema resource) is not supported"),
        (#""string""#, .invalidKeyword, "invalid schema at #: a schema must be an object or a boolean, got string"),
        (#"{"$defs": {"bad": {"type": "x"}}}"#, .invalidKeyword,
         "invalid schema at #/$defs/bad/type: unknown type 'x' (the types are array, boolean, integer, null, number, object and string)"),
        (#"{"type": "string""#, .invalidJSON, "invalid schema: Expecting ',' delimiter: line 1 column 18 (char 17)"),
    ]

    @Test("each invalid schema is refused with the keyword's location", arguments: invalid.indices)
    func refused(index: Int) {
        let (schema, kind, description) = Self.invalid[index]
        let error = compileError(schema)
        #expect(error?.kind == kind)
        #expect(error?.description == description)
    }

    @Test("the keyword path escapes / and ~ as a JSON Pointer")
    func keywordPathEscaping() {
        let error = compileError(#"{"properties": {"a/b~c": {"type": 1}}}"#)
        #expect(error?.location == ["properties", "a/b~c", "type"])
        #expect(error?.keywordPath == "#/properties/a~1b~0c/type")
    }

    @Test("invalid JSON keeps the parser's error")
    func invalidJSON() {
        let error = compileError("{")
        #expect(error?.kind == .invalidJSON)
        #expect(error?.parseError?.kind == .expectingPropertyName)
    }

    @Test("limits: schema nesting and pattern size")
    func limits() {
        let deep = String(repeating: #"{"not":"#, count: 70) + "{}" + String(repeating: "}", count: 70)
        let error = compileError(deep)
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message == "subschemas nested deeper than 64 levels")
        #expect(compileError(deep, limits: SchemaLimits(maxSchemaDepth: 100)) == nil)

        let big = compileError(#"{"pattern": "(a{1000}){1000}"}"#)
        #expect(big?.kind == .limitExceeded)
        #expect(big?.message == "regular expression '(a{1000}){1000}': compiles to more than 10000 instructions")
        #expect(compileError(#"{"pattern": "a{1001}"}"#)?.kind == .limitExceeded)
        let nested = String(repeating: "(", count: 40) + String(repeating: ")", count: 40)
        #expect(compileError(#"{"pattern": "\#(nested)"}"#)?.kind == .limitExceeded)
    }

    @Test("compilation does not recurse: a deeply nested schema compiles on a 512 KiB stack")
    func compileWithoutRecursion() {
        let result = onThread { () -> Int? in
            let text = String(repeating: #"{"properties":{"a":"#, count: 200) + "true" + String(repeating: "}}", count: 200)
            let schema = try? JSONSchema(compiling: Array(text.utf8), limits: SchemaLimits(maxSchemaDepth: 1_000))
            return schema?.topLevelProperties.count
        }
        #expect(result == 1)
    }

    @Test("valid schemas with unusual but legal forms compile")
    func legalForms() throws {
        let schemas = [
            #"{"minLength": 2.0, "maxItems": 1e3}"#,
            #"{"maxLength": 100000000000000000000000}"#,
            #"{"multipleOf": 1e-30}"#,
            #"{"enum": []}"#,
            #"{"x-unknown": {"type": 5}, "format": "uuid", "contentMediaType": "text/plain"}"#,
            #"{"properties": {"$ref": {"type": "string"}, "type": {"type": "integer"}}}"#,
            #"{"if": true}"#,
            "true", "false", "{}",
        ]
        for text in schemas {
            #expect(compileError(text) == nil, "\(text)")
        }
        let keywordNames = try JSONSchema(compiling: Array(schemas[5].utf8))
        #expect(keywordNames.validate(["$ref": 1])?.description == "/$ref: expected string, got integer")
        #expect(keywordNames.topLevelProperties == ["$ref", "type"])
    }
}
