extension Value {
    /// The value's class.
    var pyType: PyType {
        switch self {
        case .none: BuiltinTypes.noneType
        case .bool: BuiltinTypes.bool
        case .int: BuiltinTypes.int
        case .float: BuiltinTypes.float
        case .object(let o): o.type
        }
    }

    /// The class name used in error messages (`'int'`, `'NoneType'`, `'Foo'`,
    /// `'collections.deque'`).
    var typeName: String { pyType.nameInMessages }

    /// Whether the value is `None`.
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// Wraps a Swift string.
    static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// Wraps a list of values.
    static func list(_ items: [Value]) -> Value { .object(PyList(items)) }

    /// Wraps a tuple of values.
    static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
}
