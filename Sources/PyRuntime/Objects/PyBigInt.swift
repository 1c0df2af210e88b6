import BigInt

/// An `int` outside `Int`'s range, or an instance of a subclass of `int` (an `IntEnum`
/// member) of any value. Plain results that fit back in `Int` are always demoted, so a
/// `PyBigInt` of class `int` is never equal to an `.int`.
final class PyBigInt: PyObject {
    let value: BigInt

    private init(_ value: BigInt) {
        self.value = value
        super.init(type: BuiltinTypes.int)
    }

    /// An instance of `type`, a subclass of `int`.
    init(_ value: BigInt, type: PyType) {
        self.value = value
        super.init(type: type)
    }

    /// The value as an `Int`, when it fits (only possible for subclass instances).
    var small: Int? { Int(exactly: value) }

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
