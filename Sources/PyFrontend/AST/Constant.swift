/// The value of a `Constant` node (CPython `ast.Constant.value`).
///
/// Integer literals that do not fit in `Int` keep their digits so the runtime can build a big
/// integer; the parser never loses precision.
public enum Constant: Sendable, Equatable {
    /// `None`.
    case none
    /// `True` or `False`.
    case bool(Bool)
    /// `...`.
    case ellipsis
    /// An integer literal that fits in `Int`.
    case int(Int)
    /// An integer literal too large for `Int`: `digits` in base `radix` (2, 8, 10 or 16),
    /// without prefix or underscores, lowercase.
    case bigInt(digits: String, radix: Int)
    /// A float literal.
    case float(Double)
    /// An imaginary literal such as `2j` (the value of the imaginary part). The parser rejects
    /// these because complex numbers are not supported; the case exists for the lexer.
    case imaginary(Double)
    /// A `str` literal, after escape processing and concatenation.
    case str(String)
    /// A `bytes` literal, after escape processing and concatenation.
    case bytes([UInt8])
}
