/// A Python value.
///
/// The common scalar cases are stored inline so arithmetic on small ints and floats, and
/// truth tests on `None`/`bool`, allocate nothing. Every other value (big ints, strings,
/// containers, functions, classes, instances …) is a reference to a `PyObject`.
/// Invariant: an `int` that fits in `Int` is always `.int`; `PyBigInt` only holds values
/// outside `Int`'s range, so equal ints have one representation.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    /// `True` / `False` as values.
    nonisolated(unsafe) static let `true` = Value.bool(true)
    nonisolated(unsafe) static let `false` = Value.bool(false)

    /// The object, when the value is not a scalar.
    @inline(__always)
    var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Whether both values are the same object (Python `is`).
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        // Small ints are shared in CPython; ints compare by value here (documented limitation).
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }
}
