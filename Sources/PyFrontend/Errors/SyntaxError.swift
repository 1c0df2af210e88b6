/// A Python `SyntaxError` (or its subclasses `IndentationError` and `TabError`) found while
/// tokenizing or parsing.
///
/// Positions follow CPython's `SyntaxError` attributes: `line`/`endLine` are 1-based, `column`
/// and `endColumn` are 1-based *character* offsets (`offset`/`end_offset`); `column` is 0 when
/// no caret should be shown, `endColumn` is 0 when the error marks a single position.
/// The value is a single reference, so throwing it is cheap.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    /// The Python exception class of the error.
    public enum Kind: String, Sendable, Equatable {
        /// `SyntaxError`.
        case syntaxError = "SyntaxError"
        /// `IndentationError`, a subclass of `SyntaxError`.
        case indentationError = "IndentationError"
        /// `TabError`, a subclass of `IndentationError`.
        case tabError = "TabError"
    }

    private final class Storage: Sendable {
        let kind: Kind
        let message: String
        let filename: String
        let line: Int
        let column: Int
        let endLine: Int
        let endColumn: Int
        let text: String

        init(kind: Kind, message: String, filename: String, line: Int, column: Int, endLine: Int,
             endColumn: Int, text: String) {
            self.kind = kind
            self.message = message
            self.filename = filename
            self.line = line
            self.column = column
            self.endLine = endLine
            self.endColumn = endColumn
            self.text = text
        }
    }

    private let storage: Storage

    /// Creates an error; see the type's documentation for the coordinate conventions.
    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int, column: Int,
                endLine: Int? = nil, endColumn: Int = 0, text: String) {
        storage = Storage(kind: kind, message: message, filename: filename, line: line, column: column,
                          endLine: endLine ?? line, endColumn: endColumn, text: text)
    }

    /// The exception class.
    public var kind: Kind { storage.kind }
    /// The message, e.g. `expected ':'`, exactly as CPython 3.12 words it.
    public var message: String { storage.message }
    /// The file name given to the parser.
    public var filename: String { storage.filename }
    /// The 1-based line of the error.
    public var line: Int { storage.line }
    /// The 1-based character offset of the caret (CPython `offset`), 0 for none.
    public var column: Int { storage.column }
    /// The 1-based line where the marked range ends.
    public var endLine: Int { storage.endLine }
    /// The 1-based exclusive character offset where the marked range ends, 0 for a single caret.
    public var endColumn: Int { storage.endColumn }
    /// The source line of the error, with its trailing newline if it had one.
    public var text: String { storage.text }

    /// The traceback CPython 3.12 prints for this error; see `render()`.
    public var description: String { render() }
}
