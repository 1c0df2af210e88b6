import MeshSchema
import Testing

/// Stack for deep validation tests: what an optimized build needs with the default limits,
/// and more for unoptimized builds, whose frames are about five times larger.
#if DEBUG
let validationStack = 8 << 20
#else
let validationStack = 512 << 10
#endif

@Suite("$ref and recursion")
struct SchemaReferenceTests {
    /// A tree: each node has a name and children that are trees.
    static let treeSchema = ##"""
        {"$ref": "#/$defs/node",
         "$defs": {"node": {"type": "object", "required": ["name"],
                            "properties": {"name": {"type": "string"},
                                           "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
                            "additionalProperties": false}}}
        """##

    /// A tree `levels` nodes deep (two JSON levels per node), with `leaf` as the innermost node.
    static func tree(levels: Int, leaf: String = #"{"name":"leaf"}"#) -> String {
        String(repeating: #"{"name":"n","children":["#, count: levels - 1) + leaf
            + String(repeating: "]}", count: levels - 1)
    }

    @Test("a recursive schema validates a tree as deep as the parser allows")
    func deepTree() throws {
        let schema = try JSONSchema(compiling: Array(Self.treeSchema.utf8))
        let result = onThread(stackSize: validationStack) { () -> [String?] in
            // 256 nodes: the innermost object is at the parser's depth limit of 512.
            guard let valid = try? JSONValue(parsing: Self.tree(levels: 256)),
                  let invalid = try? JSONValue(parsing: Self.tree(levels: 256, leaf: #"{"name":1}"#)),
                  let extra = try? JSONValue(parsing: Self.tree(levels: 256, leaf: #"{"name":"x","y":1}"#))
            else { return ["fixture"] }
            return [valid, invalid, extra].map { schema.validate($0)?.description }
        }
        let descriptions = try #require(result)
        let innermost = String(repeating: "/children/0", count: 255)
        #expect(descriptions == [nil, innermost + "/name: expected string, got integer", innermost + ": unexpected property 'y'"])
    }

    @Test("deeper than maxValidationDepth: reported invalid, no crash")
    func validationDepthLimit() throws {
        let schema = try JSONSchema(compiling: Array(Self.treeSchema.utf8))
        let violation = onThread(stackSize: validationStack) { () -> SchemaViolation? in
            let deep = try? JSONValue(parsing: Self.tree(levels: 2_000), options: JSONParseOptions(maxDepth: 4_000))
            return deep.flatMap { schema.validate($0) }
        }
        #expect(violation??.keyword == "maxValidationDepth")
        #expect(violation??.message == "schema applied more than 1024 levels deep")
    }

    @Test("$ref forms: #, $defs, definitions, nested pointers, escaped and percent-encoded tokens")
    func referenceForms() throws {
        let schema = try JSONSchema(compiling: json(##"""
            {"type": "object",
             "properties": {
                 "self": {"$ref": "#"},
                 "a": {"$ref": "#/$defs/a~1b"},
                 "b": {"$ref": "#/definitions/x%20y"},
                 "c": {"$ref": "#/properties/a"},
                 "d": {"$ref": "#/$defs/list/items"},
                 "e": {"$ref": "#/$defs/pair/prefixItems/1"}},
             "$defs": {"a/b": {"type": "integer"}, "list": {"items": {"type": "boolean"}},
                       "pair": {"prefixItems": [true, {"const": "second"}]}},
             "definitions": {"x y": {"type": "string"}}}
            """##) ?? nil)
        #expect(schema.isValid(["self": ["a": 1, "self": [:]], "a": 1, "b": "s", "c": 2, "d": true, "e": "second"]))
        #expect(schema.validate(["self": ["a": "no"]])?.description == "/self/a: expected integer, got string")
        #expect(schema.validate(["b": 1])?.description == "/b: expected string, got integer")
        #expect(schema.validate(["c": 1.5])?.description == "/c: expected integer, got number")
        #expect(schema.validate(["d": 0])?.description == "/d: expected boolean, got integer")
        #expect(schema.validate(["e": "first"])?.description == #"/e: must be equal to "second""#)
        #expect(schema.validate(1)?.description == "/: expected object, got integer")
    }

    @Test("reference loops that never reach a nested value are rejected at compile time")
    func loopsRejected() {
        let loops: [(String, [String], String)] = [
            (##"{"$ref": "#"}"##, ["$ref"], "# → #"),
            (##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}}"##,
             ["$defs", "b", "$ref"], "#/$defs/a → #/$defs/b → #/$defs/a"),
            (##"{"anyOf": [{"type": "string"}, {"$ref": "#"}]}"##, ["anyOf", "1", "$ref"], "# → #/anyOf/1 → #"),
            (##"{"not": {"allOf": [{"$ref": "#"}]}}"##, ["not", "allOf", "0", "$ref"], "# → #/not → #/not/allOf/0 → #"),
            (##"{"if": {"$ref": "#"}}"##, ["if", "$ref"], "# → #/if → #"),
            (##"{"dependentSchemas": {"a": {"$ref": "#"}}}"##, ["dependentSchemas", "a", "$ref"], "# → #/dependentSchemas/a → #"),
        ]
        for (text, location, loop) in loops {
            let error = compileError(text)
            #expect(error?.kind == .referenceCycle, "\(text)")
            #expect(error?.location == location, "\(text)")
            #expect(error?.message == "subschemas apply each other to the same value in a loop: \(loop)", "\(text)")
        }
    }

    @Test("recursion through nested values is fine, including a bare self-reference in items")
    func recursionThroughValues() throws {
        let schema = try JSONSchema(compiling: json(##"{"type": ["array", "integer"], "items": {"$ref": "#"}}"##) ?? nil)
        #expect(schema.isValid([1, [2, [3, []]]]))
        #expect(schema.validate([1, [2, ["x"]]])?.description == "/1/1/0: expected array or integer, got string")
        let names = try JSONSchema(compiling: json(##"{"propertyNames": {"$ref": "#"}, "maxLength": 3}"##) ?? nil)
        #expect(names.isValid(["abc": 1]))
        #expect(names.validate(["abcd": 1])?.description == "/: invalid property name 'abcd': must be at most 3 characters long")
    }

    @Test("unresolvable and unsupported references")
    func badReferences() {
        let cases: [(String, SchemaError.Kind, [String], String)] = [
            (##"{"$ref": "#/$defs/missing"}"##, .unresolvableReference, ["$ref"], "'#/$defs/missing' does not exist"),
            (##"{"$ref": "#/$defs", "$defs": {}}"##, .unresolvableReference, ["$ref"], "'#/$defs' does not point at a subschema"),
            (##"{"$ref": "#/enum/0", "enum": [{}]}"##, .unresolvableReference, ["$ref"], "'#/enum/0' does not point at a subschema"),
            (##"{"$ref": "other.json#/a"}"##, .unsupported, ["$ref"], "only references within the schema ('#' or '#/...') are supported, got 'other.json#/a'"),
            (##"{"$ref": "#anchor"}"##, .unsupported, ["$ref"], "anchor references such as '#anchor' are not supported"),
            (##"{"$ref": "#/a~2"}"##, .invalidKeyword, ["$ref"], "'#/a~2' is not a valid JSON Pointer fragment"),
            (##"{"$ref": "#/%zz"}"##, .invalidKeyword, ["$ref"], "'#/%zz' is not a valid JSON Pointer fragment"),
            (##"{"$ref": 5}"##, .invalidKeyword, ["$ref"], "must be a string, got integer"),
        ]
        for (text, kind, location, message) in cases {
            let error = compileError(text)
            #expect(error?.kind == kind, "\(text)")
            #expect(error?.location == location, "\(text)")
            #expect(error?.message == message, "\(text)")
        }
    }

    @Test("exponential $ref fan-out is stopped by the step budget")
    func fanOut() throws {
        // Each level applies the next one twice: 2^40 applications without a budget.
        var defs: [String] = []
        for level in 0..<40 {
            defs.append(##""d\##(level)": {"allOf": [{"$ref": "#/$defs/d\##(level + 1)"}, {"$ref": "#/$defs/d\##(level + 1)"}]}"##)
        }
        defs.append(##""d40": {"type": "integer"}"##)
        let text = ##"{"$ref": "#/$defs/d0", "$defs": {"## + defs.joined(separator: ",") + "}}"
        let schema = try JSONSchema(compiling: Array(text.utf8), limits: SchemaLimits(maxValidationSteps: 100_000))
        let violation = schema.validate(1)
        #expect(violation?.keyword == "maxValidationSteps")
        #expect(violation?.description == "/: validation needs more than 100000 steps")
    }

    @Test("a budget exhausted inside 'not' or 'anyOf' rejects the value instead of flipping the verdict")
    func abortIsNotFailure() throws {
        let expensive = ##"{"items": {"pattern": "(a|b|c|d)*x"}}"##
        let limits = SchemaLimits(maxValidationSteps: 1_000)
        let long = JSONValue.array(Array(repeating: .string(String(repeating: "a", count: 500)), count: 4))
        for wrapper in [##"{"not": \##(expensive)}"##, ##"{"anyOf": [\##(expensive), true]}"##,
                        ##"{"oneOf": [\##(expensive), true]}"##, ##"{"if": \##(expensive), "then": true, "else": true}"##,
                        ##"{"contains": {"pattern": "(a|b|c|d)*x"}}"##] {
            let schema = try JSONSchema(compiling: Array(wrapper.utf8), limits: limits)
            #expect(schema.validate(long)?.keyword == "maxValidationSteps", "\(wrapper)")
        }
    }

    @Test("topLevelProperties follows a root $ref and keeps document order")
    func topLevelProperties() throws {
        let direct = try JSONSchema(compiling: json(#"{"properties": {"z": {}, "a": {}, "m": {}}}"#) ?? nil)
        #expect(direct.topLevelProperties == ["z", "a", "m"])
        let viaRef = try JSONSchema(compiling: json(##"{"$ref": "#/$defs/args", "$defs": {"args": {"properties": {"b": {}, "a": {}}}}}"##) ?? nil)
        #expect(viaRef.topLevelProperties == ["b", "a"])
        #expect(try JSONSchema(compiling: true).topLevelProperties == [])
    }
}

/// The compile error for schema text, or nil when it compiles.
func compileError(_ text: String, limits: SchemaLimits = SchemaLimits()) -> SchemaError? {
    do {
        _ = try JSONSchema(compiling: Array(text.utf8), limits: limits)
        return nil
    } catch {
        return error
    }
}
