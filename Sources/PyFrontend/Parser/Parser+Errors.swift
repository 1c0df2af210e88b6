/// What a nesting level is spent on, for the message when the limit is exceeded.
enum NestingKind {
    case bracket
    case block
    case expression
}

extension Parser {
    /// A `SyntaxError` covering `range` (byte columns converted to CPython's 1-based characters).
    func syntaxError(_ message: String, at range: SourceRange, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        let column = source.characterColumn(line: range.start.line, byteColumn: range.start.column) &+ 1
        let endColumn = source.characterColumn(line: range.end.line, byteColumn: range.end.column) &+ 1
        return SyntaxError(kind: kind, message: message, filename: source.filename, line: range.start.line,
                           column: column, endLine: range.end.line, endColumn: endColumn,
                           text: source.lineText(range.start.line))
    }

    /// "invalid syntax" at the current token, or the error CPython gives for the token kind:
    /// an unexpected INDENT is an `IndentationError`, an unexpected end of input inside a
    /// statement is "invalid syntax" at the end.
    func invalidSyntax() -> SyntaxError {
        let token = current
        switch token.kind {
        case .indent:
            let error = syntaxError("unexpected indent", at: token.range, kind: .indentationError)
            return SyntaxError(kind: .indentationError, message: "unexpected indent", filename: error.filename,
                               line: error.line, column: error.endColumn &- 1, endColumn: 0, text: error.text)
        case .dedent:
            return syntaxError("unexpected unindent", at: token.range, kind: .indentationError)
        default:
            return syntaxError("invalid syntax", at: token.range)
        }
    }

    /// Records a check that CPython performs after parsing (in its compiler); the first one is
    /// thrown only if the whole program parses.
    func report(_ message: String, at range: SourceRange) {
        if pendingError == nil {
            pendingError = syntaxError(message, at: range)
        }
    }

    /// Enters one nesting level; balance with `leave()`.
    func enter(_ kind: NestingKind) throws(SyntaxError) {
        guard depth < limits.maxNestingDepth else {
            switch kind {
            case .bracket:
                throw syntaxError("too many nested parentheses", at: current.range)
            case .block:
                throw syntaxError("too many levels of indentation", at: current.range, kind: .indentationError)
            case .expression:
                throw syntaxError("too many nested expressions (the limit is \(limits.maxNestingDepth))",
                                  at: current.range)
            }
        }
        depth &+= 1
    }

    /// Leaves a nesting level entered with `enter(_:)`.
    func leave() {
        depth &-= 1
    }
}
