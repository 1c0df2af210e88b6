/// The `dataclasses` module: `dataclass`, `field`, `fields`, `asdict`, `astuple`,
/// `replace`, `is_dataclass`, `MISSING`, `KW_ONLY`, `InitVar`, `FrozenInstanceError`.
enum DataclassesModule {
    nonisolated(unsafe) static let frozenInstanceError = ExceptionTypes.make(
        "FrozenInstanceError", base: ExceptionTypes.attributeError, module: "dataclasses")
    /// `InitVar`: only its name matters (annotations are read as text).
    nonisolated(unsafe) static let initVar = BuiltinTypes.make("InitVar", .other, moduleName: "dataclasses")

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("dataclasses"))
        namespace.set("FrozenInstanceError", .object(frozenInstanceError))
        namespace.set("MISSING", .object(DataclassFieldClass.missing))
        namespace.set("KW_ONLY", .object(DataclassFieldClass.keywordOnly))
        namespace.set("InitVar", .object(initVar))
        namespace.set("Field", .object(DataclassFieldClass.type))
        function("dataclass", dataclass)
        function("field", DataclassFieldClass.field)
        function("fields", fields)
        function("is_dataclass") { vm, args throws(PyError) in
            try args.expect("is_dataclass", min: 1, max: 1)
            return .bool(classOf(args.positional[0]).flatMap(DataclassDecorator.fields(of:)) != nil)
        }
        function("asdict") { vm, args throws(PyError) in try DataclassConversion.convert(vm, args, "asdict") }
        function("astuple") { vm, args throws(PyError) in try DataclassConversion.convert(vm, args, "astuple") }
        function("replace", DataclassConversion.replace)
        return PyModule(name: "dataclasses", namespace: namespace)
    }

    /// The class itself, or an instance's class.
    static func classOf(_ value: Value) -> PyType? {
        if case .object(let o) = value, let type = o as? PyType { return type }
        return value.pyType
    }

    /// `dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, …)`.
    static func dataclass(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        if args.positional.count > 1 {
            throw Errors.tooManyPositional("dataclass", minimum: 0, maximum: 1, given: args.positional.count)
        }
        let options = try DataclassOptions(vm, args.keywords)
        guard let target = args.positional.first, !target.isNone else {
            return .object(PyBuiltinFunction("wrap") { vm, args throws(PyError) in
                try args.expect("wrap", min: 1, max: 1)
                return try decorate(vm, args.positional[0], options)
            })
        }
        return try decorate(vm, target, options)
    }

    static func decorate(_ vm: VM, _ target: Value, _ options: DataclassOptions) throws(PyError) -> Value {
        guard case .object(let o) = target, let cls = o as? PyType else {
            throw Errors.attributeError("'\(target.typeName)' object has no attribute '__module__'")
        }
        return try DataclassDecorator.process(vm, cls, options)
    }

    /// `fields(class_or_instance)`: the real fields (no `ClassVar`/`InitVar`).
    static func fields(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("fields", min: 1, max: 1)
        guard let type = classOf(args.positional[0]), let all = DataclassDecorator.fields(of: type) else {
            throw Errors.typeError("must be called with a dataclass type or instance")
        }
        return .tuple(all.filter { $0.kind == .field }.map { .object($0) })
    }
}
