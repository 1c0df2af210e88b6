/// The `typing` module: the names programs import for annotations, usable at run time as
/// CPython's are (subscripting, `repr`, `isinstance` with unsubscripted aliases, `cast`,
/// `TypeVar`, `Generic`, `NamedTuple` and `TypedDict` classes). Annotations themselves are
/// never evaluated.
enum TypingModule {
    static let specialForms = ["Any", "Optional", "Union", "ClassVar", "Final", "Literal", "Annotated", "NoReturn",
                               "Never", "Self", "TypeAlias", "Required", "NotRequired", "LiteralString", "TypeGuard",
                               "Concatenate", "Unpack"]
    static let unsubscriptable: Set<String> = ["Any", "NoReturn", "Never", "Self", "TypeAlias", "LiteralString"]

    /// Aliases of classes, and what `isinstance` checks for the abstract ones.
    static func aliases() -> [(String, PyTypingForm.Kind)] {
        func check(_ test: @escaping (VM, Value) throws(PyError) -> Bool) -> PyTypingForm.Kind { .abstract(test) }
        func storage(_ test: @escaping (PyObject) -> Bool) -> PyTypingForm.Kind {
            .abstract { _, value throws(PyError) in value.asObject.map(test) ?? false }
        }
        let sequence = storage { $0 is PyList || $0 is PyTuple || $0 is PyStr || $0 is PyRange || $0 is PyBytes || $0 is PyDeque }
        return [
            ("List", .alias(BuiltinTypes.list)), ("Dict", .alias(BuiltinTypes.dict)), ("Set", .alias(BuiltinTypes.set)),
            ("FrozenSet", .alias(BuiltinTypes.frozenset)), ("Tuple", .alias(BuiltinTypes.tuple)),
            ("Type", .alias(BuiltinTypes.type)), ("Deque", .alias(DequeClass.type)),
            ("DefaultDict", .alias(DefaultDictClass.type)), ("OrderedDict", .alias(OrderedDictClass.type)),
            ("Counter", .alias(CounterClass.type)), ("Text", .alias(BuiltinTypes.str)),
            ("Callable", check { _, value throws(PyError) in isCallable(value) }),
            ("Iterable", check { vm, value throws(PyError) in vm.isIterable(value) }),
            ("Iterator", storage { $0 is PyIterator || $0 is PyGenerator || $0.type.lookup("__next__") != nil }),
            ("Generator", storage { ($0 as? PyGenerator)?.isCoroutine == false }),
            ("Coroutine", storage { ($0 as? PyGenerator)?.isCoroutine == true }),
            ("Awaitable", storage { ($0 as? PyGenerator)?.isCoroutine == true || $0 is PyFuture }),
            ("Sequence", sequence), ("MutableSequence", storage { $0 is PyList || $0 is PyDeque }),
            ("Mapping", storage { $0 is PyDict }), ("MutableMapping", storage { $0 is PyDict }),
            ("AbstractSet", storage { $0 is PySet || $0 is PyDictView }), ("MutableSet", storage { ($0 as? PySet)?.isFrozen == false }),
            ("Collection", check { vm, value throws(PyError) in vm.isIterable(value) && value.pyType.lookup("__len__") != nil }),
            ("Sized", check { _, value throws(PyError) in value.pyType.lookup("__len__") != nil || value.asObject is PyStr }),
            ("Hashable", check { vm, value throws(PyError) in (try? vm.hash(value)) != nil }),
            ("Container", check { _, value throws(PyError) in value.pyType.lookup("__contains__") != nil }),
            ("Reversible", sequence), ("AsyncIterator", check { _, _ throws(PyError) in false }),
            ("AsyncIterable", check { _, _ throws(PyError) in false }), ("AsyncGenerator", check { _, _ throws(PyError) in false }),
            ("KeysView", storage { ($0 as? PyDictView)?.kind == .keys }),
            ("ValuesView", storage { ($0 as? PyDictView)?.kind == .values }),
            ("ItemsView", storage { ($0 as? PyDictView)?.kind == .items }),
        ]
    }

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("typing"))
        namespace.set("TYPE_CHECKING", .false)
        for name in specialForms {
            namespace.set(name, .object(PyTypingForm(name: name, kind: .special, subscriptable: !unsubscriptable.contains(name))))
        }
        for (name, kind) in aliases() { namespace.set(name, .object(PyTypingForm(name: name, kind: kind))) }
        namespace.set("TypeVar", .object(TypeVarClass.type))
        namespace.set("Generic", .object(genericType))
        namespace.set("Protocol", .object(protocolType))
        namespace.set("NamedTuple", .object(TypingClasses.namedTupleType))
        namespace.set("TypedDict", .object(TypingClasses.typedDictType))
        function("cast") { vm, args throws(PyError) in
            try Signature(name: "cast", positional: ["typ", "val"]).bind(args, hasSelf: false)[1]
        }
        for name in ["overload", "final", "no_type_check", "runtime_checkable"] {
            function(name) { vm, args throws(PyError) in
                try Signature(name: name, positional: ["arg"]).bind(args, hasSelf: false)[0]
            }
        }
        function("NewType") { vm, args throws(PyError) in
            let values = try Signature(name: "NewType", positional: ["name", "tp"]).bind(args, hasSelf: false)
            return .object(PyNewType(name: try vm.str(values[0]), supertype: values[1]))
        }
        function("get_origin") { vm, args throws(PyError) in
            let value = try Signature(name: "get_origin", positional: ["tp"]).bind(args, hasSelf: false)[0]
            guard case .object(let o) = value, let form = o as? PyTypingForm, form.arguments != nil else { return .none }
            return form.origin.map { .object($0) } ?? .object(PyTypingForm(name: form.name, kind: form.kind))
        }
        function("get_args") { vm, args throws(PyError) in
            let value = try Signature(name: "get_args", positional: ["tp"]).bind(args, hasSelf: false)[0]
            guard case .object(let o) = value, let form = o as? PyTypingForm, let arguments = form.arguments else { return .tuple([]) }
            return .tuple(arguments)
        }
        return PyModule(name: "typing", namespace: namespace)
    }

    /// `collections.abc`: the abstract classes, answering `isinstance` by what an object is.
    static let abstractNames: Set<String> = [
        "Callable", "Iterable", "Iterator", "Generator", "Coroutine", "Awaitable", "Sequence", "MutableSequence",
        "Mapping", "MutableMapping", "Collection", "Sized", "Hashable", "Container", "Reversible", "AsyncIterator",
        "AsyncIterable", "AsyncGenerator", "KeysView", "ValuesView", "ItemsView",
    ]

    static func makeAbcModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("collections.abc"))
        for (name, kind) in aliases() where abstractNames.contains(name) {
            namespace.set(name, .object(PyTypingForm(name: name, kind: kind, moduleName: "collections.abc")))
        }
        if case .abstract(let check)? = aliases().first(where: { $0.0 == "AbstractSet" })?.1 {
            namespace.set("Set", .object(PyTypingForm(name: "Set", kind: .abstract(check), moduleName: "collections.abc")))
        }
        return PyModule(name: "collections.abc", namespace: namespace)
    }

    /// `typing.Generic` and `typing.Protocol`: bases that add nothing at run time
    /// (`Generic[T]` is `Generic`).
    nonisolated(unsafe) static let genericType = BuiltinTypes.makeModuleClass(
        "Generic", .object, methods: [:], constructor: nil, moduleName: "typing", isCType: false)
    nonisolated(unsafe) static let protocolType = BuiltinTypes.makeModuleClass(
        "Protocol", .object, base: genericType, methods: [:], constructor: nil, moduleName: "typing", isCType: false)
}

/// `typing.TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False)`.
final class PyTypeVar: PyObject {
    let name: String
    let variance: String

    init(name: String, variance: String) {
        self.name = name
        self.variance = variance
        super.init(type: TypeVarClass.type)
    }
}

enum TypeVarClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "TypeVar", .other, methods: methodTable([
            method("TypeVar", "__repr__") { vm, args throws(PyError) in
                let typeVar = try args.receiver(PyTypeVar.self, of: type, method: "__repr__")
                return .str(typeVar.variance + typeVar.name)
            },
            ("__name__", .object(PyProperty(getter: .object(PyBuiltinFunction("__name__") { vm, args throws(PyError) in
                .str(try args.receiver(PyTypeVar.self, of: type, method: "__name__").name)
            })))),
        ]), constructor: { vm, type, args throws(PyError) in
            guard let name = args.positional.first else {
                throw Errors.typeError("TypeVar() missing required argument 'name' (pos 1)")
            }
            let covariant = try vm.isTruthy(args.keyword("covariant") ?? .false)
            let contravariant = try vm.isTruthy(args.keyword("contravariant") ?? .false)
            if covariant, contravariant { throw Errors.valueError("Bivariant types are not supported.") }
            return .object(PyTypeVar(name: try vm.str(name), variance: covariant ? "+" : contravariant ? "-" : "~"))
        }, moduleName: "typing", isCType: false)
}

/// What `typing.NewType(name, tp)` makes: calling it returns its argument.
final class PyNewType: PyObject {
    let name: String
    let supertype: Value

    init(name: String, supertype: Value) {
        self.name = name
        self.supertype = supertype
        super.init(type: NewTypeClass.type)
    }
}

enum NewTypeClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "NewType", .other, methods: methodTable([
            method("NewType", "__call__") { vm, args throws(PyError) in
                _ = try args.receiver(PyNewType.self, of: type, method: "__call__")
                return try Signature(name: "__call__", positional: ["x"]).bind(args)[0]
            },
            method("NewType", "__repr__") { vm, args throws(PyError) in
                .str("__main__." + (try args.receiver(PyNewType.self, of: type, method: "__repr__").name))
            },
        ]), constructor: nil, moduleName: "typing", isCType: false)
}
