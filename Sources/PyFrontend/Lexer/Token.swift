/// One token of Python source, as produced by `Lexer`.
public struct Token: Sendable, Equatable {
    /// What the token is, with its decoded value.
    public var kind: TokenKind
    /// Where the token is (byte columns; see `SourceLocation`).
    public var range: SourceRange
    /// The byte offset of the token's first byte in the (newline-normalized) source.
    public var startOffset: Int
    /// The byte offset just past the token.
    public var endOffset: Int

    /// Creates a token.
    public init(kind: TokenKind, range: SourceRange, startOffset: Int, endOffset: Int) {
        self.kind = kind
        self.range = range
        self.startOffset = startOffset
        self.endOffset = endOffset
    }
}

/// The token kinds of Python 3.12's tokenizer (comments and non-logical newlines are skipped).
///
/// Soft keywords (`match`, `case`, `_`, `type`) are `.name` tokens; the parser decides.
public enum TokenKind: Sendable, Equatable {
    /// An identifier.
    case name(String)
    /// A reserved word.
    case keyword(ReservedWord)
    /// An `int`, `bigInt`, `float` or `imaginary` literal.
    case number(Constant)
    /// A complete non-f string literal: `.str` or `.bytes`, escapes already decoded.
    case string(Constant)
    /// The prefix and opening quote of an f-string.
    case fstringStart
    /// Literal text inside an f-string or its format spec, escapes and `{{`/`}}` decoded.
    case fstringMiddle(String)
    /// The closing quote of an f-string.
    case fstringEnd
    /// An operator or delimiter.
    case op(Punctuator)
    /// The end of a logical line.
    case newline
    /// An increase of the indentation level.
    case indent
    /// A decrease of the indentation level (one per level closed).
    case dedent
    /// The end of the input; returned forever once reached.
    case endOfFile
}

/// Python's reserved words (`keyword.kwlist`).
public enum ReservedWord: String, Sendable, Equatable, CaseIterable {
    /// The constants `False`, `None` and `True`.
    case `false` = "False", none = "None", `true` = "True"
    /// Operator words.
    case and, or, not, `in`, `is`
    /// Words that start or continue statements.
    case `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`, except
    /// More statement words.
    case finally, `for`, from, global, `if`, `import`, lambda, nonlocal, pass, raise, `return`
    /// The remaining statement words.
    case `try`, `while`, with, yield
}

/// Operators and delimiters; `rawValue` is the spelling.
public enum Punctuator: String, Sendable, Equatable, CaseIterable {
    /// Brackets and separators.
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}", colon = ":", comma = ",", semicolon = ";"
    /// Single-character operators.
    case plus = "+", minus = "-", star = "*", slash = "/", verticalBar = "|", ampersand = "&"
    /// More single-character operators.
    case less = "<", greater = ">", equal = "=", dot = ".", percent = "%", tilde = "~"
    /// The remaining single-character operators.
    case circumflex = "^", at = "@", exclamation = "!"
    /// Two-character comparison operators.
    case equalEqual = "==", notEqual = "!=", lessEqual = "<=", greaterEqual = ">="
    /// Two-character arithmetic operators.
    case leftShift = "<<", rightShift = ">>", doubleStar = "**", doubleSlash = "//"
    /// Augmented assignment operators.
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/=", percentEqual = "%="
    /// More augmented assignment operators.
    case ampersandEqual = "&=", verticalBarEqual = "|=", circumflexEqual = "^=", atEqual = "@="
    /// Three-character augmented assignment operators.
    case leftShiftEqual = "<<=", rightShiftEqual = ">>=", doubleStarEqual = "**=", doubleSlashEqual = "//="
    /// `->`, `...` and `:=`.
    case arrow = "->", ellipsis = "...", colonEqual = ":="
}

extension TokenKind {
    /// A short human-readable spelling used in tests and diagnostics.
    public var spelling: String {
        switch self {
        case .name(let name): return name
        case .keyword(let word): return word.rawValue
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .fstringStart: return "FSTRING_START"
        case .fstringMiddle: return "FSTRING_MIDDLE"
        case .fstringEnd: return "FSTRING_END"
        case .op(let punctuator): return punctuator.rawValue
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endOfFile: return "ENDMARKER"
        }
    }
}
