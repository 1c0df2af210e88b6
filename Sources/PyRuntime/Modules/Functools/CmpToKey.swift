import PyCompiler

/// The objects `functools.cmp_to_key(mycmp)` makes: called with a value, a key object
/// ordering by `mycmp(a, b)` against 0.
final class PyKeyWrapper: PyObject {
    private(set) var compare: Value
    /// The wrapped value (`nil` for the key function itself).
    private(set) var object: Value?

    init(compare: Value, object: Value?) {
        self.compare = compare
        self.object = object
        super.init(type: KeyWrapperClass.type)
    }

    // Key objects can wrap key objects deeply: released through the trashcan.
    deinit {
        Trashcan.drop(&compare, empty: .none)
        Trashcan.drop(&object, empty: nil)
    }
}

enum KeyWrapperClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "KeyWrapper", .other, methods: methods, constructor: nil, moduleName: "functools", isCType: true)

    static func receiver(_ args: Arguments, _ name: String) throws(PyError) -> PyKeyWrapper {
        try args.receiver(PyKeyWrapper.self, of: type, method: name)
    }

    static func comparison(_ name: String, _ op: CompareOp) -> (String, Value) {
        method("functools.KeyWrapper", name) { vm, args throws(PyError) in
            try args.expectMethod(name, min: 1, max: 1)
            let key = try receiver(args, name)
            guard case .object(let o) = args.positional[1], let other = o as? PyKeyWrapper else {
                throw Errors.typeError("other argument must be K instance")
            }
            let result = try vm.call(key.compare, [key.object ?? .none, other.object ?? .none])
            return try vm.compareOperation(op, result, .int(0))
        }
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        comparison("__lt__", .less), comparison("__le__", .lessEqual), comparison("__gt__", .greater),
        comparison("__ge__", .greaterEqual), comparison("__eq__", .equal), comparison("__ne__", .notEqual),
        ("__hash__", .none),
        method("functools.KeyWrapper", "__call__") { vm, args throws(PyError) in
            let key = try receiver(args, "__call__")
            try args.expect("K", min: 2, max: 2, allowKeywords: ["obj"])
            return .object(PyKeyWrapper(compare: key.compare, object: args.positional[1]))
        },
        ("obj", .object(PyProperty(getter: .object(PyBuiltinFunction("obj") { vm, args throws(PyError) in
            guard let object = try receiver(args, "obj").object else { throw Errors.attributeError("obj") }
            return object
        })))),
    ])
}
