import MeshSchema
import Testing

@Suite("Violation paths and order")
struct SchemaPathTests {
    /// A tool schema of the kind workers register.
    static let expensesSchema = #"""
        {"type": "object",
         "properties": {
             "employee_id": {"type": "string", "pattern": "^E[0-9]{4}$"},
             "quarter": {"type": "string", "enum": ["Q1", "Q2", "Q3", "Q4"]},
             "department": {"type": "string", "minLength": 1},
             "mode": {"enum": ["fast", "slow"], "default": "fast"},
             "limits": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "integer", "maximum": 10}}}}},
         "required": ["employee_id", "department"],
         "additionalProperties": false}
        """#

    func violation(_ schemaText: String, _ instanceText: String) throws -> String? {
        let schema = try JSONSchema(compiling: Array(schemaText.utf8))
        return schema.validate(try JSONValue(parsing: instanceText))?.description
    }

    @Test("the messages of a realistic tool schema")
    func toolSchema() throws {
        let cases: [(String, String?)] = [
            (#"{"employee_id": "E1234", "department": "eng", "quarter": "Q3"}"#, nil),
            (#"{"employee_id": "E1234"}"#, "/: missing required property 'department'"),
            (#"{"employee_id": "E1234", "department": "eng", "quarter": 3}"#, "/quarter: expected string, got integer"),
            (#"{"employee_id": "E1234", "department": "eng", "quarter": "Q5"}"#, #"/quarter: must be one of "Q1", "Q2", "Q3", "Q4""#),
            (#"{"employee_id": "E1234", "department": "eng", "mode": "medium"}"#, #"/mode: must be one of "fast", "slow""#),
            (#"{"employee_id": "E1234", "department": "eng", "x": 1}"#, "/: unexpected property 'x'"),
            (#"{"employee_id": "e1234", "department": "eng"}"#, #"/employee_id: must match the pattern "^E[0-9]{4}$""#),
            (#"{"employee_id": "E1234", "department": "eng", "limits": {"items": [1, 2, 11]}}"#, "/limits/items/2: must be at most 10"),
            (#"{"employee_id": "E1234", "department": ""}"#, "/department: must be at least 1 character long"),
            (#"[]"#, "/: expected object, got array"),
        ]
        for (instance, expected) in cases {
            #expect(try violation(Self.expensesSchema, instance) == expected, "\(instance)")
        }
    }

    @Test("the first violation: required before members, then members in document order")
    func firstViolationOrder() throws {
        let both = #"{"quarter": 1, "x": 2, "employee_id": 3, "department": "d"}"#
        #expect(try violation(Self.expensesSchema, both) == "/quarter: expected string, got integer")
        let reordered = #"{"x": 2, "quarter": 1, "employee_id": 3, "department": "d"}"#
        #expect(try violation(Self.expensesSchema, reordered) == "/: unexpected property 'x'")
        let missing = #"{"x": 2, "quarter": 1}"#
        #expect(try violation(Self.expensesSchema, missing) == "/: missing required property 'employee_id'")
    }

    @Test("the first violation: keyword order within one subschema")
    func keywordOrder() throws {
        let schema = #"{"type": "integer", "enum": [1, 2], "minimum": 5, "maximum": 0, "multipleOf": 7}"#
        #expect(try violation(schema, "1.5") == "/: expected integer, got number")
        #expect(try violation(schema, "3") == "/: must be one of 1, 2")
        #expect(try violation(#"{"minimum": 5, "maximum": 0, "multipleOf": 7}"#, "3") == "/: must be at least 5")
        #expect(try violation(#"{"maximum": 0, "multipleOf": 7}"#, "3") == "/: must be at most 0")
        let strings = #"{"minLength": 5, "maxLength": 1, "pattern": "x"}"#
        #expect(try violation(strings, #""ab""#) == "/: must be at least 5 characters long")
        let arrays = #"{"minItems": 3, "items": {"type": "string"}, "uniqueItems": true}"#
        #expect(try violation(arrays, "[1, 1]") == "/: must contain at least 3 items")
        #expect(try violation(arrays, #"["a", "a", 1]"#) == "/2: expected string, got integer")
        #expect(try violation(arrays, #"["a", "a", "b"]"#) == "/: must not contain duplicates (items 0 and 1 are equal)")
        let applicators = ##"{"$ref": "#/$defs/s", "allOf": [{"minLength": 3}], "not": {"const": "abcd"}, "$defs": {"s": {"maxLength": 4}}}"##
        #expect(try violation(applicators, #""abcde""#) == "/: must be at most 4 characters long")
        #expect(try violation(applicators, #""ab""#) == "/: must be at least 3 characters long")
        #expect(try violation(applicators, #""abcd""#) == "/: must not match the schema in 'not'")
    }

    @Test("paths escape / and ~ (RFC 6901) and name array indexes")
    func pointerEscaping() throws {
        let schema = try JSONSchema(compiling: json(#"{"additionalProperties": {"items": {"additionalProperties": false}}}"#) ?? nil)
        let instance: JSONValue = ["a/b": [[:], ["m~n": 1]]]
        let violation = try #require(schema.validate(instance))
        #expect(violation.path == ["a/b", "1"])
        #expect(violation.pointer == "/a~1b/1")
        #expect(violation.description == "/a~1b/1: unexpected property 'm~n'")

        let nested = try JSONSchema(compiling: json(#"{"type": "object", "additionalProperties": {"additionalProperties": {"type": "string"}}}"#) ?? nil)
        let deep = try #require(nested.validate(["x/y": ["~": 1]]))
        #expect(deep.pointer == "/x~1y/~0")
        // The empty key is the pointer "/"; the root is "" (shown as "/").
        let empty = try #require(nested.validate(["": ["": 1]]))
        #expect(empty.path == ["", ""])
        #expect(empty.pointer == "//")
        let root = try #require(nested.validate(1))
        #expect(root.pointer == "")
        #expect(root.description == "/: expected object, got integer")
    }

    @Test("echoed names are quoted like Python's repr and truncated")
    func echoedNames() throws {
        let schema = try JSONSchema(compiling: json(#"{"additionalProperties": false}"#) ?? nil)
        let tricky = try #require(schema.validate(["it's\n\\": 1]))
        #expect(tricky.message == #"unexpected property 'it\'s\n\\'"#)
        let longKey = JSONObject([(key: String(repeating: "k", count: 10_000), value: JSONValue.null)])
        let long = try #require(schema.validate(.object(longKey)))
        #expect(long.message == "unexpected property '" + String(repeating: "k", count: 100) + "…'")
    }

    @Test("violations carry the failing keyword")
    func keywords() throws {
        let schema = try JSONSchema(compiling: Array(Self.expensesSchema.utf8))
        #expect(schema.validate(["employee_id": "E1234"])?.keyword == "required")
        #expect(schema.validate(["employee_id": "E1234", "department": "d", "x": 1])?.keyword == "additionalProperties")
        #expect(schema.validate(["employee_id": 1, "department": "d"])?.keyword == "type")
    }

    @Test("validation is deterministic")
    func deterministic() throws {
        let schema = try JSONSchema(compiling: Array(Self.expensesSchema.utf8))
        let instance = try JSONValue(parsing: #"{"b": 1, "a": 2, "c": 3, "employee_id": "E0000", "department": "d"}"#)
        let first = schema.validate(instance)
        for _ in 0..<50 {
            #expect(schema.validate(instance) == first)
        }
        #expect(first?.description == "/: unexpected property 'b'")
    }
}
