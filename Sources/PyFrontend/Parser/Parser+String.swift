extension Parser {
    /// strings: (fstring | STRING)+
    ///
    /// Adjacent literals are concatenated: all plain → one `Constant`; any f-string → one
    /// `JoinedStr` whose adjacent literal parts are merged, as CPython does. Mixing bytes with
    /// str literals is an error.
    func parseStrings() throws(SyntaxError) -> Expr {
        let start = current.range.start
        var builder = JoinedStrBuilder()
        var bytes: [UInt8] = []
        var sawBytes = false
        var sawText = false
        var sawFString = false
        while true {
            switch current.kind {
            case .string(.bytes(let value)):
                sawBytes = true
                bytes += value
                try skip()
            case .string(.str(let value)):
                sawText = true
                builder.appendLiteral(value, at: current.range)
                try skip()
            case .fstringStart:
                sawText = true
                sawFString = true
                try parseFString(into: &builder)
            default:
                let stringRange = range(from: start)
                if sawBytes && sawText {
                    throw syntaxError("cannot mix bytes and nonbytes literals", at: current.range)
                }
                if sawBytes {
                    return Expr(.constant(.bytes(bytes)), stringRange)
                }
                if !sawFString {
                    return Expr(.constant(.str(builder.text)), stringRange)
                }
                return Expr(.joinedStr(values: builder.finish()), stringRange)
            }
        }
    }

    /// fstring: FSTRING_START fstring_middle* FSTRING_END
    private func parseFString(into builder: inout JoinedStrBuilder) throws(SyntaxError) {
        try enter(.expression)
        defer { leave() }
        try skip()
        while true {
            switch current.kind {
            case .fstringMiddle(let text):
                builder.appendLiteral(text, at: current.range)
                try skip()
            case .op(.leftBrace):
                try parseReplacementField(into: &builder)
            case .fstringEnd:
                try skip()
                return
            default:
                throw syntaxError("f-string: expecting '}'", at: current.range)
            }
        }
    }

    /// fstring_replacement_field:
    ///     '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
    ///
    /// For `{expr=}` the expression's source text, with its spacing, becomes a literal part and
    /// the conversion defaults to `!r` unless a format spec is given.
    func parseReplacementField(into builder: inout JoinedStrBuilder) throws(SyntaxError) {
        let open = try advance()
        switch current.kind {
        case .op(let punctuator) where [.rightBrace, .exclamation, .colon, .equal].contains(punctuator):
            throw syntaxError("f-string: valid expression required before '\(punctuator.rawValue)'", at: current.range)
        default:
            break
        }
        let value = at(.yield) ? try parseYieldExpression() : try parseStarExpressions()
        var selfDocumenting = false
        if at(.equal) {
            try skip()
            let text = source.bytes[open.endOffset..<max(open.endOffset, current.startOffset)]
            builder.appendLiteral(String(decoding: text, as: UTF8.self), at: range(from: value.range.start))
            selfDocumenting = true
        }
        var conversion = try parseConversion()
        var spec: Expr?
        if at(.colon) {
            let colon = try advance()
            spec = try parseFormatSpec(start: colon.range.end)
        }
        guard at(.rightBrace) else {
            let plain = !selfDocumenting && conversion == -1 && spec == nil
            throw syntaxError(plain ? "f-string: expecting '=', or '!', or ':', or '}'" : "f-string: expecting '}'",
                              at: current.range)
        }
        try skip()
        if selfDocumenting && conversion == -1 && spec == nil {
            conversion = Int(UInt8(ascii: "r"))
        }
        builder.appendField(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: spec),
                                 range(from: open.range.start)))
    }

    /// fstring_conversion: '!' NAME, where NAME is `s`, `r` or `a` right after the `!`.
    private func parseConversion() throws(SyntaxError) -> Int {
        guard at(.exclamation) else { return -1 }
        let bang = try advance()
        guard case .name(let name) = current.kind, current.startOffset == bang.endOffset else {
            let missing = at(.colon) || at(.rightBrace)
            throw syntaxError(missing ? "f-string: missing conversion character" : "f-string: invalid conversion character",
                              at: current.range)
        }
        guard ["s", "r", "a"].contains(name), let scalar = name.unicodeScalars.first else {
            throw syntaxError("f-string: invalid conversion character '\(name)': expected 's', 'r', or 'a'",
                              at: current.range)
        }
        try skip()
        return Int(scalar.value)
    }

    /// fstring_format_spec*: literal text and nested replacement fields up to the closing '}'.
    private func parseFormatSpec(start: SourceLocation) throws(SyntaxError) -> Expr {
        var builder = JoinedStrBuilder()
        while true {
            switch current.kind {
            case .fstringMiddle(let text):
                builder.appendLiteral(text, at: current.range)
                try skip()
            case .op(.leftBrace):
                try parseReplacementField(into: &builder)
            default:
                return Expr(.joinedStr(values: builder.finish()), range(from: start))
            }
        }
    }
}

/// Accumulates the parts of a `JoinedStr`, merging adjacent literal text.
struct JoinedStrBuilder {
    private(set) var parts: [Expr] = []
    private(set) var text = ""
    private var textRange: SourceRange?

    /// Appends literal text covering `range`.
    mutating func appendLiteral(_ literal: String, at range: SourceRange) {
        text += literal
        textRange = textRange.map { $0.union(range) } ?? range
    }

    /// Appends a `FormattedValue` after any pending text.
    mutating func appendField(_ field: Expr) {
        flush()
        parts.append(field)
    }

    /// The parts, with pending text flushed and empty literals dropped.
    mutating func finish() -> [Expr] {
        flush()
        return parts
    }

    private mutating func flush() {
        if let textRange, !text.isEmpty {
            parts.append(Expr(.constant(.str(text)), textRange))
        }
        text = ""
        textRange = nil
    }
}
