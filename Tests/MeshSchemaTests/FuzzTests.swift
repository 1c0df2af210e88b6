import Foundation
import MeshSchema
import Testing

/// Deterministic fuzzing: random and mutated inputs must never crash or hang, and whatever
/// parses must survive a serialize/parse round trip unchanged.
///
/// `MESHSCHEMA_FUZZ_SCALE=100 swift test -c release --filter Fuzz` runs 100 times as many
/// iterations, with other seeds.
@Suite("Fuzz")
struct FuzzTests {
    static let scale = max(1, Int(ProcessInfo.processInfo.environment["MESHSCHEMA_FUZZ_SCALE"] ?? "") ?? 1)

    static let jsonSeeds = [
        #"{"a":[1,2.5e-3,-0,true,false,null],"b":{"c":"d\u00e9\n\ud83d\ude00"},"e":""}"#,
        #"[[],[{}],[[[1]]],"x",123456789012345678901234567890]"#,
        #"{"employee_id":"E1234","quarter":"Q3","amounts":[1.5,2,3e2]}"#,
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "  -12.5E+7 ",
    ]

    static let schemaSeeds = [
        SchemaPathTests.expensesSchema,
        SchemaReferenceTests.treeSchema,
        ##"{"anyOf":[{"type":"string","pattern":"^[a-z]+\\d{2}$"},{"type":"array","items":{"$ref":"#"},"uniqueItems":true}]}"##,
        ##"{"oneOf":[{"minimum":1,"multipleOf":0.5},{"maxLength":3}],"not":{"const":7},"if":{"type":"object"},"then":{"minProperties":1}}"##,
        ##"{"prefixItems":[{"enum":[1,"a",null]}],"items":false,"contains":{"type":"integer"},"maxContains":2}"##,
        ##"{"patternProperties":{"^x":{"type":"integer"}},"propertyNames":{"maxLength":4},"dependentRequired":{"a":["b"]}}"##,
    ]

    /// One random mutation: flip, insert, delete, duplicate a range, or truncate.
    static func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        let interesting: [UInt8] = Array("{}[]\",:\\-+.eE0123456789tfnu \n".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xED, 0xF0, 0xFF]
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = result.isEmpty ? 0 : Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !result.isEmpty:
                result[position] = interesting.randomElement(using: &random) ?? 0
            case 1:
                result.insert(interesting.randomElement(using: &random) ?? 0, at: position)
            case 2 where !result.isEmpty:
                result.remove(at: position)
            case 3 where !result.isEmpty:
                let end = min(result.count, position + Int.random(in: 1...16, using: &random))
                result.insert(contentsOf: result[position..<end], at: position)
            default:
                result = Array(result.prefix(position))
            }
        }
        return result
    }

    @Test("random bytes never crash the parser")
    func randomBytes() {
        var random = SplitMix64(seed: 1 &* UInt64(Self.scale))
        var parsed = 0
        for _ in 0..<20_000 * Self.scale {
            let length = Int.random(in: 0...24, using: &random)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            if let value = try? JSONValue(parsing: bytes) {
                parsed += 1
                #expect((try? JSONValue(parsing: value.serialized())) == value)
            } else {
                #expect(parseError(bytes) != nil)
            }
        }
        #expect(parsed > 0)
    }

    @Test("mutated JSON never crashes, errors stay in range, values round-trip")
    func mutatedJSON() throws {
        var random = SplitMix64(seed: 2 &* UInt64(Self.scale))
        var accepted = 0
        for iteration in 0..<30_000 * Self.scale {
            let seed = Array(Self.jsonSeeds[iteration % Self.jsonSeeds.count].utf8)
            let bytes = Self.mutate(seed, &random)
            do {
                let value = try JSONValue(parsing: bytes)
                accepted += 1
                let text = value.serialized()
                let again = try JSONValue(parsing: text)
                #expect(again == value)
                #expect(again.serialized() == text)
            } catch {
                #expect(error.byteOffset >= 0 && error.byteOffset <= bytes.count)
                #expect(error.line >= 1 && error.column >= 1)
            }
        }
        #expect(accepted > 100)
    }

    @Test("mutated schemas compile or fail cleanly, and validate mutated values without crashing")
    func mutatedSchemas() {
        var random = SplitMix64(seed: 3 &* UInt64(Self.scale))
        var compiled = 0
        let limits = SchemaLimits(maxValidationSteps: 200_000)
        let values = Self.jsonSeeds.compactMap { json($0) } + [json(SchemaReferenceTests.tree(levels: 20)) ?? nil]
        for iteration in 0..<4_000 * Self.scale {
            let seed = Array(Self.schemaSeeds[iteration % Self.schemaSeeds.count].utf8)
            guard let schema = try? JSONSchema(compiling: Self.mutate(seed, &random), limits: limits) else { continue }
            compiled += 1
            for value in values {
                let verdict = schema.validate(value)
                #expect(schema.validate(value) == verdict)
            }
            for _ in 0..<3 {
                let text = Self.mutate(Array(Self.jsonSeeds[Int.random(in: 0..<Self.jsonSeeds.count, using: &random)].utf8), &random)
                if let value = try? JSONValue(parsing: text) { _ = schema.validate(value) }
            }
        }
        #expect(compiled > 100)
    }

    @Test("random patterns compile or fail cleanly, and match random strings without crashing")
    func randomPatterns() {
        var random = SplitMix64(seed: 4 &* UInt64(Self.scale))
        let alphabet = Array("ab.^$|()[]{}*+?-\\dwsbBu0123,:<>=!^".unicodeScalars) + ["é", "😀", "\n"]
        var compiled = 0
        for _ in 0..<5_000 * Self.scale {
            var pattern = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                pattern.unicodeScalars.append(alphabet.randomElement(using: &random) ?? "a")
            }
            guard let schema = try? JSONSchema(compiling: ["pattern": .string(pattern)]) else { continue }
            compiled += 1
            for _ in 0..<4 {
                var input = ""
                for _ in 0..<Int.random(in: 0...16, using: &random) {
                    input.unicodeScalars.append(alphabet.randomElement(using: &random) ?? "a")
                }
                _ = schema.validate(.string(input))
            }
        }
        #expect(compiled > 500)
    }
}
