/// A JSON number, kept as the exact text of its literal.
///
/// Keeping the text loses nothing: integers beyond 64 bits, decimals that binary floating point
/// cannot represent, and `1e400` (which overflows a `Double`; CPython's `json.loads` gives
/// `inf` for it) all survive a parse/serialize round trip. Conversions are computed on demand.
///
/// Equality, hashing and ordering use the exact mathematical value of the literal, not the
/// `Double`: `1 == 1.0 == 10e-1`, `-0 == 0`, and `9007199254740993 > 9007199254740992`.
public struct JSONNumber: Sendable {
    /// The literal as written, valid per RFC 8259 (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`).
    public let literal: String

    /// Wraps text already known to match the number grammar.
    init(uncheckedLiteral literal: String) {
        self.literal = literal
    }

    /// A number from its JSON text; nil unless the whole string matches RFC 8259's number
    /// grammar (no leading `+`, no leading zeros, no `NaN` or `Infinity`, no whitespace).
    public init?(literal: String) {
        let bytes = Array(literal.utf8)
        guard JSONNumberGrammar.scan(bytes, from: 0) == bytes.count else { return nil }
        self.literal = literal
    }

    /// An integer.
    public init(_ value: Int64) {
        literal = String(value)
    }

    /// An integer.
    public init(_ value: Int) {
        literal = String(value)
    }

    /// A finite double, written in Swift's shortest round-trip form (`0.1`, `1e+16`); nil for
    /// infinities and NaN, which JSON cannot express.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        literal = value.description
    }

    /// The nearest `Double`: correctly rounded, `±infinity` beyond the `Double` range (as
    /// CPython's `float` gives for `1e400`), `±0` below it.
    public var doubleValue: Double {
        // The grammar is a subset of what `Double.init?(_:)` accepts, so nil cannot happen.
        Double(literal) ?? .nan
    }

    /// True when the value has a zero fractional part: `3`, `3.0`, `-0`, `1.5e1` and `1e400` are
    /// integers, `1.5` and `1e-400` are not. This is JSON Schema's `integer` type, decided on the
    /// exact decimal value.
    public var isInteger: Bool {
        // Fast path: plain digits, the common case.
        if !literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
            return true
        }
        return decimal.isInteger
    }

    /// The exact value as an `Int64` when it is an integer in range (`2.0` gives 2, `1e3` gives
    /// 1000); nil for fractions and for integers beyond 64 bits.
    public var int64Value: Int64? {
        decimal.int64Value
    }

    /// The exact value in normalized decimal form.
    var decimal: DecimalNumber {
        DecimalNumber(literal: literal)
    }
}

extension JSONNumber: Hashable {
    /// Equal mathematical values; the literal text may differ.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.literal == rhs.literal || lhs.decimal == rhs.decimal
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(decimal)
    }
}

extension JSONNumber: Comparable {
    /// Orders by exact mathematical value.
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.decimal < rhs.decimal
    }
}

extension JSONNumber: CustomStringConvertible {
    /// The literal.
    public var description: String { literal }
}
