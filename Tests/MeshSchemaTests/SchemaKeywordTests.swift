import MeshSchema
import Testing

/// One keyword check: a schema, a value, and the expected first violation (nil: valid).
///
/// Validity of every case was cross-checked with Python's `jsonschema` 4.26
/// (`Draft202012Validator`), except those marked "exact decimal", where Python's float
/// arithmetic gives a different answer and ours follows the specification.
struct KeywordCase: CustomTestStringConvertible, Sendable {
    var schema: String
    var instance: String
    var expected: String?

    init(_ schema: String, _ instance: String, _ expected: String?) {
        self.schema = schema
        self.instance = instance
        self.expected = expected
    }

    var testDescription: String { "\(schema) ← \(instance)" }
}

@Suite("Schema keywords")
struct SchemaKeywordTests {
    static let cases: [KeywordCase] = [
        // type
        KeywordCase(#"{"type":"string"}"#, #""x""#, nil),
        KeywordCase(#"{"type":"string"}"#, #"5"#, "/: expected string, got integer"),
        KeywordCase(#"{"type":"integer"}"#, #"1.0"#, nil),
        KeywordCase(#"{"type":"integer"}"#, #"1e2"#, nil),
        KeywordCase(#"{"type":"integer"}"#, #"1.5"#, "/: expected integer, got number"),
        KeywordCase(#"{"type":"number"}"#, #"7"#, nil),
        KeywordCase(#"{"type":"number"}"#, #"true"#, "/: expected number, got boolean"),
        KeywordCase(#"{"type":"boolean"}"#, #"0"#, "/: expected boolean, got integer"),
        KeywordCase(#"{"type":"null"}"#, #"null"#, nil),
        KeywordCase(#"{"type":"object"}"#, #"[]"#, "/: expected object, got array"),
        KeywordCase(#"{"type":"array"}"#, #"{}"#, "/: expected array, got object"),
        KeywordCase(#"{"type":["string","null"]}"#, #"null"#, nil),
        KeywordCase(#"{"type":["string","null"]}"#, #"1"#, "/: expected string or null, got integer"),
        KeywordCase(#"{"type":["string","number","null"]}"#, #"{}"#, "/: expected string, number or null, got object"),
        // enum and const
        KeywordCase(#"{"enum":["fast","slow"]}"#, #""fast""#, nil),
        KeywordCase(#"{"enum":["fast","slow"]}"#, #""medium""#, #"/: must be one of "fast", "slow""#),
        KeywordCase(#"{"enum":[1,"1",null,[1],{"a":1}]}"#, #"1.0"#, nil),
        KeywordCase(#"{"enum":[1,"1",null,[1],{"a":1}]}"#, #"[1.0]"#, nil),
        KeywordCase(#"{"enum":[1,"1",null,[1],{"a":1}]}"#, #"true"#, #"/: must be one of 1, "1", null, [1], {"a":1}"#),
        KeywordCase(#"{"enum":[]}"#, #"1"#, "/: must be one of "),
        KeywordCase(#"{"const":{"a":[1,2]}}"#, #"{"a":[1,2.0]}"#, nil),
        KeywordCase(#"{"const":{"a":[1,2]}}"#, #"{"a":[2,1]}"#, #"/: must be equal to {"a":[1,2]}"#),
        KeywordCase(#"{"const":null}"#, #"null"#, nil),
        KeywordCase(#"{"const":null}"#, #"0"#, "/: must be equal to null"),
        KeywordCase(#"{"const":false}"#, #"0"#, "/: must be equal to false"),
        // numbers
        KeywordCase(#"{"minimum":1}"#, #"1"#, nil),
        KeywordCase(#"{"minimum":1}"#, #"0.999"#, "/: must be at least 1"),
        KeywordCase(#"{"minimum":1}"#, #""0""#, nil),
        KeywordCase(#"{"maximum":10}"#, #"10.0"#, nil),
        KeywordCase(#"{"maximum":10}"#, #"10.0001"#, "/: must be at most 10"),
        KeywordCase(#"{"exclusiveMinimum":0}"#, #"0"#, "/: must be greater than 0"),
        KeywordCase(#"{"exclusiveMinimum":0}"#, #"1e-300"#, nil),
        KeywordCase(#"{"exclusiveMaximum":5}"#, #"5"#, "/: must be less than 5"),
        KeywordCase(#"{"exclusiveMaximum":5}"#, #"4.99"#, nil),
        KeywordCase(#"{"maximum":9007199254740992}"#, #"9007199254740993"#, "/: must be at most 9007199254740992"),
        KeywordCase(#"{"multipleOf":3}"#, #"9"#, nil),
        KeywordCase(#"{"multipleOf":3}"#, #"10"#, "/: must be a multiple of 3"),
        KeywordCase(#"{"multipleOf":0.5}"#, #"2.5"#, nil),
        KeywordCase(#"{"multipleOf":0.5}"#, #"2.25"#, "/: must be a multiple of 0.5"),
        KeywordCase(#"{"multipleOf":0.01}"#, #"19.99"#, nil),  // exact decimal
        KeywordCase(#"{"multipleOf":0.1}"#, #"0.3"#, nil),  // exact decimal
        KeywordCase(#"{"multipleOf":7}"#, #"7e30"#, nil),  // exact decimal
        KeywordCase(#"{"multipleOf":7}"#, #"1e30"#, "/: must be a multiple of 7"),
        KeywordCase(#"{"multipleOf":2}"#, #"1e400"#, nil),  // exact decimal
        KeywordCase(#"{"minimum":5}"#, #"1e400"#, nil),
        KeywordCase(#"{"maximum":5}"#, #"1e400"#, "/: must be at most 5"),
        KeywordCase(#"{"multipleOf":1e-5}"#, #"0.00012"#, nil),  // exact decimal
        // strings
        KeywordCase(#"{"minLength":2}"#, #""ab""#, nil),
        KeywordCase(#"{"minLength":2}"#, #""a""#, "/: must be at least 2 characters long"),
        KeywordCase(#"{"maxLength":1}"#, #""😀""#, nil),
        KeywordCase(#"{"maxLength":1}"#, #""é\u0301""#, "/: must be at most 1 character long"),
        KeywordCase(#"{"maxLength":3}"#, #"12345"#, nil),
        KeywordCase(#"{"pattern":"^[a-z]+$"}"#, #""abc""#, nil),
        KeywordCase(#"{"pattern":"^[a-z]+$"}"#, #""abC""#, #"/: must match the pattern "^[a-z]+$""#),
        KeywordCase(#"{"pattern":"b+"}"#, #""abbc""#, nil),
        KeywordCase(#"{"pattern":"^\\d{4}-\\d{2}-\\d{2}$"}"#, #""2024-07-01""#, nil),
        KeywordCase(#"{"pattern":"^\\d{4}-\\d{2}-\\d{2}$"}"#, #""2024-7-01""#, #"/: must match the pattern "^\\d{4}-\\d{2}-\\d{2}$""#),
        KeywordCase(#"{"format":"email"}"#, #""not an email""#, nil),
        // arrays
        KeywordCase(#"{"minItems":1}"#, #"[]"#, "/: must contain at least 1 item"),
        KeywordCase(#"{"maxItems":2}"#, #"[1,2,3]"#, "/: must contain at most 2 items"),
        KeywordCase(#"{"maxItems":2}"#, #"[1,2]"#, nil),
        KeywordCase(#"{"items":{"type":"integer"}}"#, #"[1,2,"x",4]"#, "/2: expected integer, got string"),
        KeywordCase(#"{"items":{"type":"integer"}}"#, #"[]"#, nil),
        KeywordCase(#"{"items":false}"#, #"[]"#, nil),
        KeywordCase(#"{"items":false}"#, #"[1]"#, "/: unexpected item at index 0"),
        KeywordCase(#"{"prefixItems":[{"type":"string"},{"type":"integer"}]}"#, #"["a",1,true]"#, nil),
        KeywordCase(#"{"prefixItems":[{"type":"string"},{"type":"integer"}]}"#, #"["a","b"]"#, "/1: expected integer, got string"),
        KeywordCase(#"{"prefixItems":[{"type":"string"}],"items":false}"#, #"["a",2]"#, "/: unexpected item at index 1"),
        KeywordCase(#"{"prefixItems":[{"type":"string"}],"items":{"type":"number"}}"#, #"["a",2,"c"]"#, "/2: expected number, got string"),
        KeywordCase(#"{"uniqueItems":true}"#, #"[1,2,3]"#, nil),
        KeywordCase(#"{"uniqueItems":true}"#, #"[1,[1],{"a":1},1.0]"#, "/: must not contain duplicates (items 0 and 3 are equal)"),
        KeywordCase(#"{"uniqueItems":true}"#, #"[{"a":1,"b":2},{"b":2,"a":1}]"#, "/: must not contain duplicates (items 0 and 1 are equal)"),
        KeywordCase(#"{"uniqueItems":false}"#, #"[1,1]"#, nil),
        KeywordCase(#"{"contains":{"const":3}}"#, #"[1,3]"#, nil),
        KeywordCase(#"{"contains":{"const":3}}"#, #"[1,2]"#, "/: must contain at least 1 item matching 'contains'"),
        KeywordCase(#"{"contains":{"type":"string"},"minContains":2}"#, #"["a",1]"#, "/: must contain at least 2 items matching 'contains'"),
        KeywordCase(#"{"contains":{"type":"string"},"maxContains":1}"#, #"["a","b"]"#, "/: must contain at most 1 item matching 'contains'"),
        KeywordCase(#"{"contains":{"type":"string"},"minContains":0}"#, #"[]"#, nil),
        // objects
        KeywordCase(#"{"required":["department"]}"#, #"{"name":"x"}"#, "/: missing required property 'department'"),
        KeywordCase(#"{"required":["a"]}"#, #"[]"#, nil),
        KeywordCase(#"{"properties":{"quarter":{"type":"string"}}}"#, #"{"quarter":3}"#, "/quarter: expected string, got integer"),
        KeywordCase(#"{"properties":{"a":{"type":"string"}}}"#, #"{"b":3}"#, nil),
        KeywordCase(#"{"properties":{"a":false}}"#, #"{"a":3}"#, "/: unexpected property 'a'"),
        KeywordCase(#"{"properties":{"a":{}},"additionalProperties":false}"#, #"{"a":1,"x":2}"#, "/: unexpected property 'x'"),
        KeywordCase(#"{"additionalProperties":{"type":"integer"}}"#, #"{"a":1,"b":"x"}"#, "/b: expected integer, got string"),
        KeywordCase(#"{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false}"#, #"{"x-a":"1"}"#, nil),
        KeywordCase(#"{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false}"#, #"{"x-a":1}"#, "/x-a: expected string, got integer"),
        KeywordCase(#"{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false}"#, #"{"y":1}"#, "/: unexpected property 'y'"),
        KeywordCase(#"{"properties":{"x-a":{"minLength":2}},"patternProperties":{"^x-":{"maxLength":3}}}"#, #"{"x-a":"abcd"}"#, "/x-a: must be at most 3 characters long"),
        KeywordCase(#"{"propertyNames":{"pattern":"^[a-z]+$"}}"#, #"{"ok":1,"Bad":2}"#, #"/: invalid property name 'Bad': must match the pattern "^[a-z]+$""#),
        KeywordCase(#"{"propertyNames":{"maxLength":3}}"#, #"{"abc":1}"#, nil),
        KeywordCase(#"{"minProperties":1}"#, #"{}"#, "/: must have at least 1 property"),
        KeywordCase(#"{"maxProperties":1}"#, #"{"a":1,"b":2}"#, "/: must have at most 1 property"),
        KeywordCase(#"{"dependentRequired":{"card":["billing"]}}"#, #"{"card":1}"#, "/: missing property 'billing', required when 'card' is present"),
        KeywordCase(#"{"dependentRequired":{"card":["billing"]}}"#, #"{"billing":1}"#, nil),
        KeywordCase(#"{"dependentSchemas":{"card":{"required":["cvv"]}}}"#, #"{"card":1}"#, "/: missing required property 'cvv'"),
        KeywordCase(#"{"dependentSchemas":{"card":{"required":["cvv"]}}}"#, #"{"cvv":1}"#, nil),
        // applicators
        KeywordCase(#"{"allOf":[{"type":"integer"},{"minimum":3}]}"#, #"2"#, "/: must be at least 3"),
        KeywordCase(#"{"allOf":[{"type":"integer"},{"minimum":3}]}"#, #"3"#, nil),
        KeywordCase(#"{"anyOf":[{"type":"string"},{"type":"null"}]}"#, #"null"#, nil),
        KeywordCase(#"{"anyOf":[{"type":"string"},{"type":"null"}]}"#, #"1"#, "/: does not match any of the schemas in 'anyOf'"),
        KeywordCase(#"{"oneOf":[{"type":"integer"},{"minimum":2}]}"#, #"1"#, nil),
        KeywordCase(#"{"oneOf":[{"type":"integer"},{"minimum":2}]}"#, #"3"#, "/: must match exactly one schema in 'oneOf', but matches 0 and 1"),
        KeywordCase(#"{"oneOf":[{"type":"integer"},{"minimum":2}]}"#, #"1.5"#, "/: does not match any of the schemas in 'oneOf'"),
        KeywordCase(#"{"not":{"type":"string"}}"#, #"1"#, nil),
        KeywordCase(#"{"not":{"type":"string"}}"#, #""x""#, "/: must not match the schema in 'not'"),
        KeywordCase(#"{"if":{"properties":{"kind":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}"#, #"{"kind":"a","x":1}"#, nil),
        KeywordCase(#"{"if":{"properties":{"kind":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}"#, #"{"kind":"a"}"#, "/: missing required property 'x'"),
        KeywordCase(#"{"if":{"properties":{"kind":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}"#, #"{"kind":"b"}"#, "/: missing required property 'y'"),
        KeywordCase(#"{"then":{"required":["x"]}}"#, #"{}"#, nil),
        KeywordCase(##"{"$ref":"#/$defs/pos","$defs":{"pos":{"type":"integer","minimum":1}}}"##, #"0"#, "/: must be at least 1"),
        KeywordCase(##"{"$ref":"#/definitions/pos","definitions":{"pos":{"type":"integer"}}}"##, #"1"#, nil),
        KeywordCase(##"{"$ref":"#/$defs/a","maximum":5,"$defs":{"a":{"minimum":1}}}"##, #"7"#, "/: must be at most 5"),
        // boolean schemas and ignored keywords
        KeywordCase(#"true"#, #"{"anything":[1]}"#, nil),
        KeywordCase(#"false"#, #"1"#, "/: not allowed"),
        KeywordCase(#"{}"#, #"null"#, nil),
        KeywordCase(#"{"title":"t","description":"d","default":1,"examples":[1],"$comment":"c","x-vendor":{"type":"string"},"deprecated":true}"#, #"5"#, nil),
        KeywordCase(#"{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://example.com/s","type":"integer"}"#, #"5"#, nil),
    ]

    @Test("each keyword accepts and rejects as specified, with the expected message", arguments: cases)
    func keyword(_ test: KeywordCase) throws {
        let schema = try JSONSchema(compiling: Array(test.schema.utf8))
        let instance = try JSONValue(parsing: test.instance)
        #expect(schema.validate(instance)?.description == test.expected)
        #expect(schema.isValid(instance) == (test.expected == nil))
    }
}
