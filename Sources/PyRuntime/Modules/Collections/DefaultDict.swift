/// `collections.defaultdict`: a `dict` whose missing keys are filled by calling
/// `default_factory` (stored in `PyDict.defaultFactory`).
enum DefaultDictClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "defaultdict", .dict, base: BuiltinTypes.dict, methods: methods, constructor: construct,
        moduleName: "collections", isCType: true)

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        let dict = PyDict(type: type)
        try initialize(vm, dict, args.positional[...], args.keywords)
        return .object(dict)
    }

    static func receiver(_ args: Arguments, _ method: String) throws(PyError) -> PyDict {
        try args.receiver(PyDict.self, of: type, method: method)
    }

    /// `defaultdict(default_factory=None, /, *args, **kwargs)`: the rest initializes the dict.
    static func initialize(_ vm: VM, _ dict: PyDict, _ positional: ArraySlice<Value>,
                           _ keywords: [(name: String, value: Value)]) throws(PyError) {
        if let factory = positional.first {
            guard factory.isNone || isCallable(factory) else {
                throw Errors.typeError("first argument must be callable or None")
            }
            dict.defaultFactory = factory
        }
        let rest = positional.dropFirst()
        guard rest.count <= 1 else { throw Errors.typeError("dict expected at most 1 argument, got \(rest.count)") }
        if let source = rest.first { try vm.updateDict(dict, from: source, merging: nil) }
        for (name, value) in keywords { dict.set(name, value) }
    }

    /// `type(self)(self.default_factory, self)`, the copy `copy()` and `|` make.
    static func copy(_ vm: VM, _ dict: PyDict, of type: PyType, contents: Value) throws(PyError) -> Value {
        try vm.call(.object(type), [dict.defaultFactory ?? .none, contents])
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("collections.defaultdict", "__init__") { vm, args throws(PyError) in
            try initialize(vm, try receiver(args, "__init__"), args.positional.dropFirst(), args.keywords)
            return .none
        },
        method("collections.defaultdict", "__missing__") { vm, args throws(PyError) in
            try args.expectMethod("__missing__", min: 1, max: 1)
            let dict = try receiver(args, "__missing__")
            guard let factory = dict.defaultFactory, !factory.isNone else { throw Errors.keyError(args.positional[1]) }
            let value = try vm.call(factory, [])
            try vm.setItem(args.positional[0], args.positional[1], value)
            return value
        },
        method("collections.defaultdict", "__repr__") { vm, args throws(PyError) in
            let dict = try receiver(args, "__repr__")
            let factory = try vm.repr(dict.defaultFactory ?? .none)
            return .str("\(dict.type.name)(\(factory), \(try vm.dictRepr(dict)))")
        },
        method("collections.defaultdict", "copy") { vm, args throws(PyError) in
            let dict = try receiver(args, "copy")
            return try copy(vm, dict, of: dict.type, contents: args.positional[0])
        },
        method("collections.defaultdict", "__copy__") { vm, args throws(PyError) in
            let dict = try receiver(args, "__copy__")
            return try copy(vm, dict, of: dict.type, contents: args.positional[0])
        },
        method("collections.defaultdict", "__or__") { vm, args throws(PyError) in
            try args.expectMethod("__or__", min: 1, max: 1)
            return try union(vm, args.positional[0], args.positional[1])
        },
        method("collections.defaultdict", "__ror__") { vm, args throws(PyError) in
            try args.expectMethod("__ror__", min: 1, max: 1)
            return try union(vm, args.positional[1], args.positional[0])
        },
        ("default_factory", .object(PyProperty(
            getter: .object(PyBuiltinFunction("default_factory") { vm, args throws(PyError) in
                try receiver(args, "default_factory").defaultFactory ?? .none
            }),
            setter: .object(PyBuiltinFunction("default_factory") { vm, args throws(PyError) in
                try args.expectMethod("default_factory", min: 1, max: 1)
                try receiver(args, "default_factory").defaultFactory = args.positional[1]
                return .none
            })))),
    ])

    /// `left | right` where either is a defaultdict: a copy of the defaultdict operand's
    /// class and factory holding `left`, updated with `right`.
    static func union(_ vm: VM, _ left: Value, _ right: Value) throws(PyError) -> Value {
        let (selfValue, other) = left.pyType.isSubtype(of: type) ? (left, right) : (right, left)
        guard case .object(let s) = selfValue, let dict = s as? PyDict, case .object(let o) = other, o is PyDict else {
            return notImplemented
        }
        let result = try copy(vm, dict, of: dict.type, contents: left)
        guard case .object(let r) = result, let merged = r as? PyDict else { return result }
        try vm.updateDict(merged, from: right, merging: nil)
        return result
    }
}
