import MeshSchema
import Testing

@Suite("Parsing valid JSON")
struct ParserTests {
    @Test("scalars, containers and whitespace")
    func validCorpus() throws {
        let cases: [(String, JSONValue)] = [
            ("null", nil),
            ("true", true),
            (" false ", false),
            ("0", 0),
            ("-0", .number(try #require(JSONNumber(literal: "-0")))),
            ("\"\"", ""),
            ("[]", []),
            ("{}", [:]),
            ("\t\r\n [ 1 , \"a\" , null ]\n", [1, "a", nil]),
            ("{\"a\":{\"b\":[{},[]]}}", ["a": ["b": [[:], []]]]),
            ("[1.5,-2e3,3E-2]", [1.5, -2000, 0.03]),
            ("\"\\u0041\\u00e9\\u4e2d\"", "Aé中"),
            ("\"\u{7F}\"", "\u{7F}"),
        ]
        for (text, expected) in cases {
            #expect(try JSONValue(parsing: text) == expected, "\(text)")
        }
    }

    @Test("every escape")
    func allEscapes() throws {
        let value = try JSONValue(parsing: #""\"\\\/\b\f\n\r\t\u0000\u001f\u007f""#)
        #expect(value == .string("\"\\/\u{08}\u{0C}\n\r\t\u{00}\u{1F}\u{7F}"))
        let mixed = try JSONValue(parsing: #""a\nb\u00e9c""#)
        #expect(mixed == "a\nbéc")
    }

    @Test("surrogate pairs become one scalar")
    func surrogatePairs() throws {
        #expect(try JSONValue(parsing: #""\ud83d\ude00""#) == "😀")
        #expect(try JSONValue(parsing: #""\uD834\uDD1E!""#) == "𝄞!")
        #expect(try JSONValue(parsing: "\"😀\"") == "😀")
    }

    @Test("lone surrogates are replaced by default, rejected on request")
    func loneSurrogates() throws {
        let lone = [#""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, #""\ud800x""#, #""\ude00\ud83d""#]
        let replaced: [JSONValue] = ["\u{FFFD}", "\u{FFFD}", "\u{FFFD}A", "\u{FFFD}x", "\u{FFFD}\u{FFFD}"]
        for (text, expected) in zip(lone, replaced) {
            #expect(try JSONValue(parsing: text) == expected, "\(text)")
            let strict = JSONParseOptions(loneSurrogates: .reject)
            let error = try #require(parseError(text, options: strict))
            #expect(error.kind == .unpairedSurrogate)
            #expect(error.byteOffset == 1 || error.byteOffset == 7)
        }
        // A pair is still a pair under the strict policy.
        #expect(try JSONValue(parsing: #""\ud83d\ude00""#, options: JSONParseOptions(loneSurrogates: .reject)) == "😀")
    }

    @Test("duplicate keys keep the first position and the last value, like Python")
    func duplicateKeys() throws {
        let value = try JSONValue(parsing: #"{"a":1,"b":2,"a":3}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
        // Many duplicates of many keys, past the size where objects keep an index.
        let members = (0..<50).map { "\"k\($0 % 20)\":\($0)" }.joined(separator: ",")
        let big = try #require(try JSONValue(parsing: "{\(members)}").objectValue)
        #expect(big.count == 20)
        #expect(big.keys.first == "k0")
        #expect(big["k0"] == 40)
        #expect(big["k19"] == 39)
    }

    @Test("member order is kept")
    func memberOrder() throws {
        let value = try JSONValue(parsing: #"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test("control characters must be escaped")
    func controlCharacters() {
        for byte in UInt8(0x00)..<0x20 {
            let error = parseError([0x22, byte, 0x22])
            #expect(error?.kind == .invalidControlCharacter)
            #expect(error?.byteOffset == 1)
        }
    }

    @Test("only space, tab, CR and LF are whitespace")
    func whitespace() {
        for byte: UInt8 in [0x0B, 0x0C, 0xA0] {
            #expect(parseError([byte, 0x31]) != nil)
        }
        #expect(parseError("\u{A0}1")?.kind == .expectingValue)
        #expect(parseError("\u{2028}1")?.kind == .expectingValue)
    }

    @Test("invalid UTF-8 is rejected at the first bad byte, wherever it is")
    func invalidUTF8() {
        let cases: [[UInt8]] = [
            [0x22, 0x80, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xF8, 0x22], [0x22, 0xED, 0xB0, 0x80, 0x22],
            [0x22, 0xE0, 0x80, 0x80, 0x22], [0x22, 0xF0, 0x80, 0x80, 0x80, 0x22], [0x5B, 0x31, 0x5D, 0xFE],
        ]
        for bytes in cases {
            let error = parseError(bytes)
            #expect(error?.kind == .invalidUTF8, "\(bytes)")
        }
        #expect(parseError([0x22, 0x61, 0xFF, 0x22])?.byteOffset == 2)
    }

    @Test("a document may be one scalar; surrounding whitespace is fine")
    func scalarDocuments() throws {
        #expect(try JSONValue(parsing: "  \"x\"\n") == "x")
        #expect(try JSONValue(parsing: "12") == 12)
    }
}

@Suite("Nesting depth")
struct ParserDepthTests {
    @Test("512 levels parse on a 512 KiB stack; 513 fail at the 513th bracket")
    func depthLimit() throws {
        let result = onThread { () -> (Bool, JSONParseError?, JSONParseError?) in
            let atLimit = (try? JSONValue(parsing: nestedArrays(512, inner: "1"))) != nil
            let objects = String(repeating: "{\"a\":", count: 513) + "1" + String(repeating: "}", count: 513)
            return (atLimit, parseError(nestedArrays(513)), parseError(objects))
        }
        let (atLimit, arrays, objects) = try #require(result)
        #expect(atLimit)
        #expect(arrays?.kind == .nestingTooDeep)
        #expect(arrays?.byteOffset == 512)
        #expect(objects?.kind == .nestingTooDeep)
        #expect(objects?.byteOffset == 512 * 5)
    }

    @Test("a huge nesting attempt fails fast without recursion")
    func hugeNesting() throws {
        let result = onThread { parseError(nestedArrays(1_000_000)) }
        #expect(result??.kind == .nestingTooDeep)
    }

    @Test("the limit is configurable")
    func configurableDepth() {
        let options = JSONParseOptions(maxDepth: 3)
        #expect(parseError(nestedArrays(3), options: options) == nil)
        #expect(parseError(nestedArrays(4), options: options)?.kind == .nestingTooDeep)
        #expect(parseError("[{}]", options: JSONParseOptions(maxDepth: 1))?.kind == .nestingTooDeep)
        #expect(parseError("1", options: JSONParseOptions(maxDepth: 0)) == nil)
    }

    @Test("a 512-deep value is compared, hashed, serialized and released on a 512 KiB stack")
    func deepValueOperations() throws {
        let ok = onThread { () -> Bool in
            guard let value = try? JSONValue(parsing: nestedArrays(511, inner: "{\"a\":1}")),
                  let copy = try? JSONValue(parsing: value.serialized())
            else { return false }
            return value == copy && value.hashValue == copy.hashValue
        }
        #expect(ok == true)
    }
}

@Suite("Large inputs")
struct ParserSizeTests {
    @Test("a 4 MiB string, 200 000 elements and 100 000 keys")
    func bigInputs() throws {
        let long = String(repeating: "abcdé\\n", count: 600_000)
        let string = try JSONValue(parsing: "\"\(long)\"")
        #expect(string.stringValue?.unicodeScalars.count == 3_600_000)

        let elements = "[" + (0..<200_000).map(String.init).joined(separator: ",") + "]"
        #expect(try JSONValue(parsing: elements).arrayValue?.count == 200_000)

        let members = "{" + (0..<100_000).map { "\"key\($0)\":\($0)" }.joined(separator: ",") + "}"
        let object = try #require(try JSONValue(parsing: members).objectValue)
        #expect(object.count == 100_000)
        #expect(object["key99999"] == 99_999)
    }
}
