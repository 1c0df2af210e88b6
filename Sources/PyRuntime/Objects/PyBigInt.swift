import BigInt

/// An `int` outside `Int`'s range. Results that fit back in `Int` are always demoted, so a
/// `PyBigInt` is never equal to an `.int`.
final class PyBigInt: PyObject {
    let value: BigInt

    private init(_ value: BigInt) {
        self.value = value
        super.init(type: BuiltinTypes.int)
    }

    /// The canonical value for `value`: `.int` when it fits.
    static func value(_ value: BigInt) -> Value {
        if let small = Int(exactly: value) { return .int(small) }
        return .object(PyBigInt(value))
    }

    /// Parses decimal digits with an optional leading `-` (compiler constants).
    static func value(parsingDecimal digits: String) -> Value {
        guard let big = BigInt(digits, radix: 10) else { return .int(0) }
        return value(big)
    }
}

extension Value {
    /// The integer value of an `int` or `bool` as a `BigInt`.
    var bigInteger: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }
}
