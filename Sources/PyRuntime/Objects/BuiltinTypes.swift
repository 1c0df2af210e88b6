/// The built-in types, created once per process and immutable afterwards.
enum BuiltinTypes {
    static var object: PyType { PyType.core.object }
    static var type: PyType { PyType.core.type }

    nonisolated(unsafe) static let noneType = make("NoneType", .none)
    nonisolated(unsafe) static let int = make("int", .int, methods: IntMethods.table, constructor: IntMethods.construct)
    nonisolated(unsafe) static let bool = make("bool", .bool, base: int, methods: [:], constructor: IntMethods.constructBool)
    nonisolated(unsafe) static let float = make("float", .float, methods: FloatMethods.table,
                                                constructor: FloatMethods.construct)
    nonisolated(unsafe) static let str = make("str", .str, methods: StrMethods.table, constructor: StrMethods.construct)
    nonisolated(unsafe) static let bytes = make("bytes", .bytes, methods: BytesMethods.table, constructor: BytesMethods.construct)
    nonisolated(unsafe) static let list = make("list", .list, methods: ListMethods.table, constructor: ListMethods.construct)
    nonisolated(unsafe) static let tuple = make("tuple", .tuple, methods: TupleMethods.table,
                                                constructor: TupleMethods.construct)
    nonisolated(unsafe) static let dict = make("dict", .dict, methods: DictMethods.table, constructor: DictMethods.construct)
    nonisolated(unsafe) static let set = make("set", .set, methods: SetMethods.table(frozen: false),
                                              constructor: SetMethods.constructSet)
    nonisolated(unsafe) static let frozenset = make("frozenset", .frozenset, methods: SetMethods.table(frozen: true),
                                                    constructor: SetMethods.constructFrozenSet)
    nonisolated(unsafe) static let range = make("range", .range, methods: RangeMethods.table,
                                                constructor: RangeMethods.construct)
    nonisolated(unsafe) static let slice = make("slice", .slice, methods: SliceMethods.table, constructor: SliceMethods.construct)
    nonisolated(unsafe) static let function = make("function", .function)
    nonisolated(unsafe) static let builtinFunction = make("builtin_function_or_method", .builtinFunction)
    nonisolated(unsafe) static let method = make("method", .method)
    nonisolated(unsafe) static let cell = make("cell", .cell)
    nonisolated(unsafe) static let code = make("code", .other)
    nonisolated(unsafe) static let module = make("module", .module)
    nonisolated(unsafe) static let generator = make("generator", .generator, methods: GeneratorMethods.table)
    nonisolated(unsafe) static let coroutine = make("coroutine", .coroutine, methods: GeneratorMethods.coroutineTable)
    nonisolated(unsafe) static let property = make("property", .property, methods: PropertyMethods.table,
                                                   constructor: PropertyMethods.construct)
    nonisolated(unsafe) static let classMethod = make("classmethod", .classMethod, constructor: wrapperConstructor)
    nonisolated(unsafe) static let staticMethod = make("staticmethod", .staticMethod, constructor: wrapperConstructor)
    nonisolated(unsafe) static let superType = make("super", .superObject)
    nonisolated(unsafe) static let iterator = make("iterator", .iterator, methods: IteratorMethods.table)
    nonisolated(unsafe) static let notImplementedType = make("NotImplementedType", .other)
    nonisolated(unsafe) static let ellipsisType = make("ellipsis", .other)
    nonisolated(unsafe) static let nullType = make("NULL", .other)

    nonisolated(unsafe) static let notImplemented = PySingleton(name: "NotImplemented", type: notImplementedType)
    nonisolated(unsafe) static let ellipsis = PySingleton(name: "Ellipsis", type: ellipsisType)
    /// The VM's marker for "no bound receiver" in `loadMethod`'s two stack slots.
    nonisolated(unsafe) static let null = PySingleton(name: "NULL", type: nullType)

    /// `classmethod(f)` / `staticmethod(f)`.
    static func wrapperConstructor(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        guard args.positional.count == 1 else {
            throw Errors.typeError("\(type.name) expected 1 argument, got \(args.positional.count)")
        }
        return .object(PyMethodWrapper(function: args.positional[0], type: type))
    }

    /// Creates a built-in type.
    static func make(_ name: String, _ layout: ObjectLayout, base: PyType? = nil, methods: [String: Value] = [:],
                     constructor: BuiltinConstructor? = nil, moduleName: String = "builtins") -> PyType {
        PyType(name: name, moduleName: moduleName, metatype: PyType.core.type, bases: [base ?? PyType.core.object],
               namespace: methods, layout: layout, hasInstanceDict: false, isBuiltin: true,
               constructor: constructor)
    }

    /// Creates a built-in class defined by a module (`collections.Counter`): shared and
    /// immutable like the core types, but its behaviour is the special methods in `methods`
    /// (`__repr__`, `__missing__`, `__add__` …), which the VM calls as it calls a user
    /// class's. Instances have the storage of `layout` (the base's, for a subclass of a core
    /// type). `constructor` builds an instance from call arguments; when `methods` has an
    /// `__init__`, subclass instances are built by calling `constructor` with no arguments,
    /// then `__init__`.
    /// Error messages name the type with its module (`collections.deque`) when CPython
    /// implements it in C, as CPython does; `isCType` says so.
    static func makeModuleClass(_ name: String, _ layout: ObjectLayout, base: PyType? = nil,
                                methods: [String: Value], constructor: BuiltinConstructor?,
                                moduleName: String, isCType: Bool) -> PyType {
        PyType(name: name, moduleName: moduleName, metatype: PyType.core.type, bases: [base ?? PyType.core.object],
               namespace: methods, layout: layout, hasInstanceDict: false, isBuiltin: true, isModuleClass: true,
               nameInMessages: isCType ? moduleName + "." + name : name, constructor: constructor)
    }
}

/// Builds a method table entry: a built-in function taking `self` first.
func method(_ owner: String, _ name: String, _ body: @escaping PyBuiltinFunction.Body) -> (String, Value) {
    (name, .object(PyBuiltinFunction(name, owner: owner, body)))
}

/// Builds a method table from entries.
func methodTable(_ entries: [(String, Value)]) -> [String: Value] {
    Dictionary(entries, uniquingKeysWith: { _, last in last })
}

extension BuiltinTypes {
    nonisolated(unsafe) static let dictKeys = make("dict_keys", .other, methods: DictMethods.viewTable)
    nonisolated(unsafe) static let dictValues = make("dict_values", .other, methods: DictMethods.viewTable)
    nonisolated(unsafe) static let dictItems = make("dict_items", .other, methods: DictMethods.viewTable)
}

extension BuiltinTypes {
    nonisolated(unsafe) static let future = make("Future", .future, methods: FutureMethods.table, moduleName: "asyncio")
    nonisolated(unsafe) static let task = make("Task", .task, base: future, methods: FutureMethods.taskTable,
                                               moduleName: "asyncio")
}
