import MeshSchema
import Testing

/// `pattern` semantics: a search with ECMA-262 meaning. Cases not marked "ECMA" give the same
/// answer under Python's `re.search` (checked); the marked ones follow ECMA-262 where Python
/// differs (`\d` is ASCII-only, `$` does not match before a final newline).
@Suite("pattern")
struct PatternTests {
    static let cases: [(pattern: String, input: String, matches: Bool)] = [
        ("abc", "xxabcxx", true),
        ("abc", "ab", false),
        ("^abc$", "abc", true),
        ("^abc$", "abcd", false),
        ("^abc$", "abc\n", false),  // ECMA
        ("^$", "", true),
        ("", "anything", true),
        ("a.c", "abc", true),
        ("a.c", "a\nc", false),
        ("a.c", "a\u{2028}c", false),  // ECMA
        ("a.c", "a😀c", true),
        ("^.$", "😀", true),
        ("^[a-z]+$", "hello", true),
        ("^[a-z]+$", "Hello", false),
        ("^[^0-9]*$", "abc", true),
        ("^[^0-9]*$", "ab3", false),
        ("^[a\\-z]+$", "a-z", true),
        ("^[-a]+$", "-a-", true),
        ("^[a-]+$", "a-", true),
        ("^[\\d.]+$", "1.5", true),
        ("^[\\w\\s]+$", "a b_1", true),
        ("^[\\W]+$", "!?", true),
        ("^[\\b]$", "\u{08}", true),
        ("^\\d+$", "123", true),
        ("^\\d+$", "١٢٣", false),  // ECMA
        ("^\\D+$", "abc", true),
        ("^\\w+$", "snake_case1", true),
        ("^\\w+$", "kebab-case", false),
        ("^\\w+$", "é", false),  // ECMA
        ("^\\s+$", " \t\n", true),
        ("^\\s$", "\u{A0}", true),
        ("^\\S+$", "a b", false),
        ("\\bcat\\b", "a cat here", true),
        ("\\bcat\\b", "concatenate", false),
        ("\\Bcat\\B", "concatenate", true),
        ("^a|b$", "ab", true),
        ("^(a|b)$", "ab", false),
        ("^(?:ab|cd)+$", "abcdab", true),
        ("^(?:ab|cd)+$", "abc", false),
        ("^(?<year>\\d{4})-(\\d{2})$", "2024-07", true),  // ECMA
        ("^a{3}$", "aaa", true),
        ("^a{3}$", "aaaa", false),
        ("^a{2,}$", "a", false),
        ("^a{2,}$", "aaaaa", true),
        ("^a{2,3}$", "aaa", true),
        ("^a{2,3}$", "aaaa", false),
        ("^a{0,2}b$", "b", true),
        ("^a*?b$", "aab", true),
        ("^a+?$", "aa", true),
        ("^ab??c$", "ac", true),
        ("^a{2,3}?$", "aa", true),
        ("^x{a}$", "x{a}", true),
        ("^{$", "{", true),
        ("^a{,3}$", "a{,3}", true),  // ECMA
        ("^\\{\\}\\[\\]\\(\\)\\.\\*\\+\\?\\^\\$\\|\\\\\\/$", "{}[]().*+?^$|\\/", true),
        ("^\\t\\n\\r\\f\\v$", "\t\n\r\u{0C}\u{0B}", true),
        ("^\\x41\\u0042\\u{1F600}$", "AB😀", true),  // ECMA
        ("^\\uD83D\\uDE00$", "😀", true),  // ECMA
        ("^\\cJ$", "\n", true),  // ECMA
        ("^\\0$", "\u{0}", true),
        ("^[]$", "", false),  // ECMA
        ("^[^]$", "x", true),  // ECMA
        ("^(a*)*$", "aaaa", true),
        ("^(a|)+$", "aaa", true),
        ("^(?:)*x", "x", true),
        ("^[😀-😂]$", "😁", true),
        ("^E[0-9]{4}$", "E1234", true),
        ("^[A-Z]{2}-\\d{3,5}$", "AB-1234", true),
        ("^[A-Z]{2}-\\d{3,5}$", "AB-12", false),
        ("^https?://[^\\s/]+(/.*)?$", "https://example.com/a?b", true),
        ("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "a@b.io", true),
        ("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "a@b", false),
    ]

    @Test("matches like ECMA-262 search", arguments: cases.indices)
    func matches(index: Int) throws {
        let (pattern, input, expected) = Self.cases[index]
        let schema = try JSONSchema(compiling: ["pattern": .string(pattern)])
        #expect(schema.isValid(.string(input)) == expected, "\(pattern) on \(input)")
    }

    @Test("pathological patterns run in linear time")
    func noCatastrophicBacktracking() throws {
        let input = JSONValue.string(String(repeating: "a", count: 20_000))
        for pattern in ["^(a+)+$b", "(a*)*b", "(a|a)*c", "^(a|aa)+$c", "(x+x+)+y", "^(\\w+\\s?)*$!"] {
            let schema = try JSONSchema(compiling: ["pattern": .string(pattern)])
            #expect(schema.validate(input)?.keyword == "pattern", "\(pattern)")
        }
    }

    @Test("a regex on a long string is bounded by the step budget")
    func budget() throws {
        let schema = try JSONSchema(compiling: ["pattern": "(a|b|c)*d"], limits: SchemaLimits(maxValidationSteps: 10_000))
        let violation = schema.validate(.string(String(repeating: "a", count: 100_000)))
        #expect(violation?.keyword == "maxValidationSteps")
    }

    @Test("unsupported and invalid syntax is refused at compile time")
    func refused() {
        let unsupported = ["(?=a)", "(?!a)", "(?<=a)", "(?<!a)", "(a)\\1", "\\k<x>", "\\p{L}", "\\P{L}", "(?i)a", "\\a", "\\z", "\\uD800"]
        for pattern in unsupported {
            #expect(compileError(#"{"pattern": \#(JSONValue.string(pattern).serializedText)}"#)?.kind == .unsupported, "\(pattern)")
        }
        let invalid = ["(", ")", "a)", "[a", "*a", "a**", "a{2}{3}", "+", "?", "a|*", "^*", "$+", "\\b+", "[b-a]", "[\\d-z]",
                       "\\", "\\x4", "\\u12", "\\u{110000}", "\\c1", "(?<1a>x)", "a{3,2}"]
        for pattern in invalid {
            #expect(compileError(#"{"pattern": \#(JSONValue.string(pattern).serializedText)}"#)?.kind == .invalidKeyword, "\(pattern)")
        }
    }
}
