import MeshSchema
import Testing

/// Error messages and positions compared with CPython 3.11's `json.loads` (for invalid UTF-8,
/// with `bytes.decode("utf-8")`). Each expectation was produced by running CPython on the same
/// bytes; Python 3.13 words trailing commas differently ("Illegal trailing comma before end of
/// array"), 3.11 is the reference here.
@Suite("Parser errors match CPython")
struct ParserConformanceTests {
    static let cases: [(input: [UInt8], python: String)] = [
        ([], "Expecting value: line 1 column 1 (char 0)"),
        ([0x20, 0x20, 0x20], "Expecting value: line 1 column 4 (char 3)"),
        ([0x5B, 0x31, 0x2C, 0x5D], "Expecting value: line 1 column 4 (char 3)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x2C, 0x7D], "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x20, 0x31, 0x7D], "Expecting ':' delimiter: line 1 column 6 (char 5)"),
        ([0x7B, 0x61, 0x3A, 0x31, 0x7D], "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ([0x5B, 0x31, 0x20, 0x32, 0x5D], "Expecting ',' delimiter: line 1 column 4 (char 3)"),
        ([0x22, 0x61, 0x62, 0x63], "Unterminated string starting at: line 1 column 1 (char 0)"),
        ([0x22, 0x61, 0x62, 0x0A, 0x63, 0x64, 0x22], "Invalid control character at: line 1 column 4 (char 3)"),
        ([0x22, 0x5C, 0x78, 0x22], "Invalid \\escape: line 1 column 2 (char 1)"),
        ([0x22, 0x5C, 0x75, 0x31, 0x32, 0x47, 0x34, 0x22], "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
        ([0x22, 0x5C, 0x75, 0x31, 0x32], "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
        ([0x22, 0x5C, 0x75, 0x31, 0x32, 0x33, 0x22], "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
        ([0x22, 0x5C, 0x75, 0x31, 0x32, 0x33, 0x34], "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
        ([0x22, 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30, 0x5C, 0x75, 0x31, 0x32, 0x47, 0x34, 0x22], "Invalid \\uXXXX escape: line 1 column 9 (char 8)"),
        ([0x5B, 0x30, 0x31, 0x5D], "Expecting ',' delimiter: line 1 column 3 (char 2)"),
        ([0x30, 0x31], "Extra data: line 1 column 2 (char 1)"),
        ([0x2D], "Expecting value: line 1 column 1 (char 0)"),
        ([0x2D, 0x61], "Expecting value: line 1 column 1 (char 0)"),
        ([0x31, 0x2E], "Extra data: line 1 column 2 (char 1)"),
        ([0x31, 0x65], "Extra data: line 1 column 2 (char 1)"),
        ([0x31, 0x65, 0x2B], "Extra data: line 1 column 2 (char 1)"),
        ([0x6E, 0x75, 0x6C], "Expecting value: line 1 column 1 (char 0)"),
        ([0x6E, 0x75, 0x6C, 0x6C, 0x78], "Extra data: line 1 column 5 (char 4)"),
        ([0x5B, 0x31, 0x5D, 0x78], "Extra data: line 1 column 4 (char 3)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x7D, 0x20, 0x7B, 0x22, 0x62, 0x22, 0x3A, 0x32, 0x7D], "Extra data: line 1 column 9 (char 8)"),
        ([0xEF, 0xBB, 0xBF, 0x31], "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"),
        ([0x5B], "Expecting value: line 1 column 2 (char 1)"),
        ([0x7B], "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ([0x7B, 0x22, 0x61, 0x22], "Expecting ':' delimiter: line 1 column 5 (char 4)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x3A], "Expecting value: line 1 column 6 (char 5)"),
        ([0x5B, 0x31, 0x2C], "Expecting value: line 1 column 4 (char 3)"),
        ([0x22, 0x5C], "Unterminated string starting at: line 1 column 1 (char 0)"),
        ([0x0A, 0x0A, 0x20, 0x20, 0x78], "Expecting value: line 3 column 3 (char 4)"),
        ([0x22, 0xC3, 0xA9, 0xC3, 0xA9, 0x22, 0x20, 0x78], "Extra data: line 1 column 6 (char 5)"),
        ([0xFF], "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        ([0xE2, 0x82], "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"),
        ([0xE2, 0x82, 0x41], "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"),
        ([0xED, 0xA0, 0x80], "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
        ([0xC0, 0x80], "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"),
        ([0x5B, 0x31, 0x2C, 0x2C, 0x32, 0x5D], "Expecting value: line 1 column 4 (char 3)"),
        ([0x5B, 0x31, 0x5D, 0x00], "Extra data: line 1 column 4 (char 3)"),
        ([0x74, 0x72, 0x75], "Expecting value: line 1 column 1 (char 0)"),
        ([0x5B, 0x2D, 0x5D], "Expecting value: line 1 column 2 (char 1)"),
        ([0x2D, 0x30, 0x31], "Extra data: line 1 column 3 (char 2)"),
        ([0x32, 0x2E, 0x65, 0x33], "Extra data: line 1 column 2 (char 1)"),
        ([0x2E, 0x35], "Expecting value: line 1 column 1 (char 0)"),
        ([0x2B, 0x31], "Expecting value: line 1 column 1 (char 0)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x20, 0x22, 0x62, 0x22, 0x3A, 0x32, 0x7D], "Expecting ',' delimiter: line 1 column 8 (char 7)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x5B, 0x31, 0x2C, 0x32, 0x7D], "Expecting ',' delimiter: line 1 column 10 (char 9)"),
        ([0x5B, 0x31, 0x7D], "Expecting ',' delimiter: line 1 column 3 (char 2)"),
        ([0x7B, 0x22, 0xC3, 0xA9, 0x22, 0x3A, 0x0A, 0x20, 0x20, 0x78, 0x7D], "Expecting value: line 2 column 3 (char 8)"),
        ([0x22, 0x09, 0x22], "Invalid control character at: line 1 column 2 (char 1)"),
        ([0x22, 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30, 0x5C], "Unterminated string starting at: line 1 column 1 (char 0)"),
        ([0x0C, 0x31], "Expecting value: line 1 column 1 (char 0)"),
        ([0x5B, 0x31, 0x65, 0x35, 0x2E, 0x35, 0x5D], "Expecting ',' delimiter: line 1 column 5 (char 4)"),
        ([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x3A, 0x31, 0x7D], "Expecting value: line 1 column 6 (char 5)"),
        ([0x7B, 0x2C, 0x7D], "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ([0x5B, 0x2C, 0x5D], "Expecting value: line 1 column 2 (char 1)"),
        ([0x22, 0x5C, 0x75, 0x30, 0x30, 0x65, 0x39, 0x22, 0x20, 0x22], "Extra data: line 1 column 10 (char 9)"),
        ([0xF4, 0x90, 0x80, 0x80], "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"),
        ([0xF0, 0x9F, 0x98], "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"),
        ([0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22, 0x20, 0x31], "Extra data: line 1 column 5 (char 4)"),
        ([0x31, 0x0D, 0x0A, 0x32], "Extra data: line 2 column 1 (char 3)"),
    ]

    @Test("each invalid input fails with CPython's message and position", arguments: cases.indices)
    func matchesPython(index: Int) throws {
        let (input, python) = Self.cases[index]
        let error = try #require(parseError(input), "accepted \(input)")
        #expect(error.description == python)
    }

    @Test("NaN and Infinity, which CPython accepts, are rejected as RFC 8259 requires")
    func nonFiniteNamesRejected() {
        for text in ["NaN", "Infinity", "-Infinity", "[1, NaN]"] {
            #expect(parseError(text)?.kind == .expectingValue, "\(text)")
        }
        #expect(parseError("-Infinity")?.description == "Expecting value: line 1 column 1 (char 0)")
    }

    @Test("error fields: kind, message, byte and character offsets, line and column")
    func errorFields() throws {
        // "é" is two bytes but one character: offsets differ after it.
        let error = try #require(parseError("{\"é\":\n  x}"))
        #expect(error.kind == .expectingValue)
        #expect(error.message == "Expecting value")
        #expect(error.byteOffset == 9)
        #expect(error.characterOffset == 8)
        #expect(error.line == 2)
        #expect(error.column == 3)
    }
}
