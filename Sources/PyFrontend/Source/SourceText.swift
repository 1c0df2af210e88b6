/// The UTF-8 bytes of a program with a table of line starts, shared by the lexer, the parser and
/// error reporting.
struct SourceText: Sendable {
    /// The program as UTF-8.
    let bytes: [UInt8]
    /// The file name shown in tracebacks.
    let filename: String

    init(_ source: String, filename: String) {
        self.bytes = Array(source.utf8)
        self.filename = filename
    }

    init(bytes: [UInt8], filename: String) {
        self.bytes = bytes
        self.filename = filename
    }

    /// The byte offset where `line` (1-based) starts, or the end of the text for lines past it.
    func lineStart(_ line: Int) -> Int {
        var current = 1
        var index = 0
        while current < line && index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                current &+= 1
            }
            index &+= 1
        }
        return index
    }

    /// The text of `line` including its newline, decoded leniently, or "" past the end.
    func lineText(_ line: Int) -> String {
        let start = lineStart(line)
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") {
            end &+= 1
        }
        if end < bytes.count {
            end &+= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Converts a 0-based byte column on `line` into a 0-based character (Unicode scalar) column.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        let start = lineStart(line)
        var index = start
        var characters = 0
        let limit = start &+ max(0, byteColumn)
        while index < limit && index < bytes.count {
            // Continuation bytes (10xxxxxx) do not start a new scalar.
            if bytes[index] & 0xC0 != 0x80 {
                characters &+= 1
            }
            index &+= 1
        }
        // Columns past the end of the text (e.g. an EOF position) stay byte-counted.
        return characters &+ max(0, limit &- index)
    }
}

extension SourceText {
    /// Reads `source` with universal newlines: `\r\n` and lone `\r` become `\n`, as CPython's
    /// tokenizer does, so every later stage sees only `\n`.
    init(normalizing source: String, filename: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        var previousWasReturn = false
        for byte in source.utf8 {
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                previousWasReturn = true
                continue
            }
            if !(byte == UInt8(ascii: "\n") && previousWasReturn) {
                bytes.append(byte)
            }
            previousWasReturn = false
        }
        self.init(bytes: bytes, filename: filename)
    }
}
