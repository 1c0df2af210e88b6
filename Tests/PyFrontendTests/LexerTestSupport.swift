@testable import PyFrontend

/// Compact spellings of the tokens of `source`, e.g. `NAME(x) OP(=) INT(1) NEWLINE ENDMARKER`.
func tokenDump(_ source: String) -> String {
    do {
        return try Lexer.tokenize(source).map(describe).joined(separator: " ")
    } catch {
        return "error: \(error.message) @\(error.line):\(error.column)"
    }
}

/// One token in the compact test notation.
func describe(_ token: Token) -> String {
    switch token.kind {
    case .name(let name): return "NAME(\(name))"
    case .keyword(let word): return "KW(\(word.rawValue))"
    case .number(let value): return describe(value)
    case .string(let value): return describe(value)
    case .fstringStart: return "FSTART"
    case .fstringMiddle(let text): return "FMID(\(text))"
    case .fstringEnd: return "FEND"
    case .op(let punctuator): return "OP(\(punctuator.rawValue))"
    case .newline: return "NEWLINE"
    case .indent: return "INDENT"
    case .dedent: return "DEDENT"
    case .endOfFile: return "ENDMARKER"
    }
}

/// A constant in the compact test notation.
func describe(_ value: Constant) -> String {
    switch value {
    case .int(let value): return "INT(\(value))"
    case .bigInt(let digits, let radix): return "BIGINT(\(digits)/\(radix))"
    case .float(let value): return "FLOAT(\(value))"
    case .imaginary(let value): return "IMAG(\(value))"
    case .str(let value): return "STR(\(value))"
    case .bytes(let value): return "BYTES(\(value.map(String.init).joined(separator: ",")))"
    case .none: return "None"
    case .bool(let value): return value ? "True" : "False"
    case .ellipsis: return "Ellipsis"
    }
}
