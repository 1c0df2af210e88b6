/// A position in Python source text.
///
/// `line` is 1-based. `column` is the 0-based offset in UTF-8 bytes from the start of the line,
/// exactly like CPython's `col_offset`/`end_col_offset`, so AST positions can be compared with
/// CPython's `ast` module byte for byte. `SyntaxError` converts to character columns when it is
/// rendered, as CPython does.
///
/// Stored as two 32-bit integers to keep AST nodes small (values are clamped to `Int32`).
public struct SourceLocation: Sendable, Hashable, Comparable {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = SourceLocation.clamp(newValue) }
    }

    /// The 0-based UTF-8 byte offset within the line.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = SourceLocation.clamp(newValue) }
    }

    /// Creates a location from a 1-based line and a 0-based byte column.
    public init(line: Int, column: Int) {
        storedLine = SourceLocation.clamp(line)
        storedColumn = SourceLocation.clamp(column)
    }

    private static func clamp(_ value: Int) -> Int32 {
        Int32(clamping: value)
    }

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }
}

/// The half-open span `[start, end)` of a token or AST node, in the coordinates of `SourceLocation`.
public struct SourceRange: Sendable, Hashable {
    /// The first position covered.
    public var start: SourceLocation
    /// The position just past the last byte covered.
    public var end: SourceLocation

    /// Creates a range from its two ends.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
