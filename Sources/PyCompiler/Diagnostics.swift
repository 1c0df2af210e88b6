import PyFrontend

/// Builds `SyntaxError`s for checks the compiler makes after parsing, positioned like the
/// parser's: 1-based character columns and the offending source line.
struct Diagnostics {
    let filename: String
    /// The UTF-8 source lines (without terminators); empty when the source text is unknown.
    private let lines: [[UInt8]]

    init(filename: String, source: String?) {
        self.filename = filename
        lines = source.map(Diagnostics.splitLines) ?? []
    }

    /// The parser normalizes line endings, so AST lines count "\n", "\r\n" and "\r" alike.
    private static func splitLines(_ source: String) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var line: [UInt8] = []
        var previousWasCR = false
        for byte in source.utf8 {
            if byte == UInt8(ascii: "\n") && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || previousWasCR {
                result.append(line)
                line = []
            } else {
                line.append(byte)
            }
        }
        result.append(line)
        return result
    }

    /// A `SyntaxError` covering `range`, as CPython's compiler reports it.
    func error(_ message: String, at range: SourceRange) -> SyntaxError {
        SyntaxError(message: message, filename: filename, line: range.start.line,
                    column: characterColumn(range.start) + 1, endLine: range.end.line,
                    endColumn: characterColumn(range.end) + 1, text: lineText(range.start.line))
    }

    private func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        return String(decoding: lines[line - 1], as: UTF8.self) + (line < lines.count ? "\n" : "")
    }

    /// Byte columns become character columns; without the source they stay byte-counted.
    private func characterColumn(_ location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= lines.count else { return location.column }
        let prefix = lines[location.line - 1].prefix(max(0, location.column))
        let characters = prefix.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return characters + max(0, location.column - prefix.count)
    }
}
