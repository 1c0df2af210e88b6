extension SyntaxError {
    /// Formats the error the way CPython 3.12 prints an uncaught `SyntaxError`:
    ///
    /// ```
    ///   File "prog.py", line 3
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    ///
    /// The source line is shown without leading blanks and the caret line marks
    /// `column..<endColumn` (one caret when there is no range). Ends with a newline.
    public func render() -> String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if !text.isEmpty {
            out += sourceAndCaretLines()
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }

    /// The indented source line and caret line, following `print_error_text` in CPython's
    /// `pythonrun.c` (offsets are characters; blanks stripped on the left shift the caret).
    private func sourceAndCaretLines() -> String {
        var characters = Array(text.unicodeScalars)
        var endOffset = endColumn
        if endLine > line {
            endOffset = characters.count
        }
        if endOffset > characters.count &+ 1 {
            endOffset = characters.count &+ 1
        }
        let carets = (endOffset > 0 && endOffset > column) ? endOffset &- column : 1
        var offset = column &- 1
        var stripped = 0
        while stripped < characters.count, [" ", "\t", "\u{0C}"].contains(characters[stripped]) {
            stripped &+= 1
            offset &-= 1
        }
        characters.removeFirst(stripped)
        if characters.last == "\n" {
            characters.removeLast()
        }
        offset = min(offset, characters.count)
        var shown = String(String.UnicodeScalarView(characters))
        shown = "    " + shown + "\n"
        guard offset >= 0 && column > 0 else {
            return shown
        }
        return shown + "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
    }
}
