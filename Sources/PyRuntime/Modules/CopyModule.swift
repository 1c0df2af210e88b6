/// The `copy` module: `copy` and `deepcopy` over the runtime's containers, the module
/// classes and user instances, reconstructing objects as CPython's `copy` does through
/// `__reduce_ex__` (a new instance of the same class without calling `__init__`, its
/// attributes, then its items). `deepcopy`'s memo is a dict keyed by `id()`, so shared
/// and cyclic structures stay shared and cyclic; `__copy__`/`__deepcopy__` are honoured.
enum CopyModule {
    nonisolated(unsafe) static let error = ExceptionTypes.make("Error", base: ExceptionTypes.exception, module: "copy")

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("copy"))
        namespace.set("Error", .object(error))
        namespace.set("error", .object(error))
        namespace.set("copy", .object(PyBuiltinFunction("copy") { vm, args throws(PyError) in
            try args.expect("copy", min: 0, max: Int.max, allowKeywords: ["x"])
            guard let value = args.argument(0, "x") else { throw Errors.missingArguments("copy", ["x"], kind: "positional") }
            if args.positional.count > 1 {
                throw Errors.tooManyPositional("copy", minimum: 1, maximum: 1, given: args.positional.count)
            }
            return try Copier(vm: vm, deep: false, memo: PyDict()).copy(value)
        }))
        namespace.set("deepcopy", .object(PyBuiltinFunction("deepcopy") { vm, args throws(PyError) in
            try args.expect("deepcopy", min: 0, max: Int.max, allowKeywords: ["x", "memo"])
            guard let value = args.argument(0, "x") else {
                throw Errors.missingArguments("deepcopy", ["x"], kind: "positional")
            }
            if args.positional.count > 2 {
                throw Errors.tooManyPositional("deepcopy", minimum: 1, maximum: 3, given: args.positional.count)
            }
            var memo = PyDict()
            if let given = args.argument(1, "memo"), !given.isNone {
                guard case .object(let o) = given, let dict = o as? PyDict else {
                    throw Errors.typeError("'\(given.typeName)' object does not support item assignment")
                }
                memo = dict
            }
            return try Copier(vm: vm, deep: true, memo: memo).copy(value)
        }))
        return PyModule(name: "copy", namespace: namespace)
    }
}

/// One `copy` or `deepcopy` call.
struct Copier {
    let vm: VM
    let deep: Bool
    let memo: PyDict

    /// Copies `value` (an element, for `deepcopy`, recursively).
    func copy(_ value: Value) throws(PyError) -> Value {
        guard case .object(let o) = value, !isAtomic(o) else { return value }
        let key = Value.int(try vm.identity(of: value))
        if deep, let done = try memo.get(key, vm: vm) { return done }
        let type = o.type
        if type.hasSpecialMethods, let method = type.lookup(deep ? "__deepcopy__" : "__copy__") {
            let result = try vm.call(method, deep ? [value, .object(memo)] : [value])
            if deep { try memo.set(key, result, vm: vm) }
            return result
        }
        // Shared substructure without a memo entry is copied once per path: count the work.
        try vm.tick()
        let result = try vm.nested { () throws(PyError) in try reconstruct(o, value, key: key) }
        if deep, !Value.identical(result, value) { try memo.set(key, result, vm: vm) }
        return result
    }

    /// Objects both functions return as they are.
    func isAtomic(_ o: PyObject) -> Bool {
        switch o {
        case is PyStr, is PyBigInt, is PyBytes, is PyRange, is PySlice, is PyFunction, is PyBuiltinFunction,
             is PyType, is PyModule, is PySingleton, is PyProperty, is PyLruCacheWrapper:
            return true
        case let tuple as PyTuple: return !deep && tuple.type === BuiltinTypes.tuple
        case let set as PySet: return !deep && set.type === BuiltinTypes.frozenset
        default: return false
        }
    }

    /// Remembers a deep copy before its contents are copied, so cycles close.
    func remember(_ key: Value, _ copy: PyObject) throws(PyError) {
        if deep { try memo.set(key, .object(copy), vm: vm) }
    }

    func element(_ value: Value) throws(PyError) -> Value { deep ? try copy(value) : value }

    func elements(_ values: [Value]) throws(PyError) -> [Value] {
        guard deep else { return values }
        var copies: [Value] = []
        copies.reserveCapacity(values.count)
        for value in values { copies.append(try copy(value)) }
        return copies
    }

    /// A new object like `o` (same class, no `__init__`), then its state and items.
    func reconstruct(_ o: PyObject, _ value: Value, key: Value) throws(PyError) -> Value {
        if !(o is PyTuple) { try vm.reserveMemory(64) }
        let result: PyObject
        switch o {
        case let list as PyList:
            let copy = PyList([], type: list.type)
            try remember(key, copy)
            try vm.reserveMemory(list.items.count * 16)
            copy.items = try elements(list.items)
            result = copy
        case let dict as PyDict:
            let copy = PyDict(type: dict.type)
            try remember(key, copy)
            copy.defaultFactory = try dict.defaultFactory.map { v throws(PyError) in try element(v) }
            for (k, v) in dict.entries { try copy.set(try element(k), try element(v), vm: vm) }
            result = copy
        case let tuple as PyTuple:
            let items = try elements(tuple.items)
            if tuple.type === BuiltinTypes.tuple {
                // A deep copy of a tuple whose elements copy to themselves is the tuple.
                if zip(items, tuple.items).allSatisfy({ Value.identical($0, $1) }) { return value }
                try vm.reserveMemory(64 + items.count * 16)
                return .tuple(items)
            }
            if deep, let done = try memo.get(key, vm: vm) { return done }
            result = PyTuple(items, type: tuple.type)
            try remember(key, result)
        case let set as PySet:
            let copy = PySet(type: set.type)
            for item in set.elements { try copy.add(try element(item), vm: vm) }
            if set.type === BuiltinTypes.frozenset || set.type === BuiltinTypes.set {
                try remember(key, copy)
                return .object(copy)
            }
            result = copy
            try remember(key, result)
        case let deque as PyDeque:
            let copy = PyDeque(type: deque.type, maxLength: deque.maxLength)
            try remember(key, copy)
            try vm.reserveMemory(deque.count * 16)
            for item in deque.values { copy.append(try element(item)) }
            result = copy
        case let partial as PyPartial:
            let keywords = PyDict()
            for (k, v) in partial.keywords.entries { try keywords.set(k, try element(v), vm: vm) }
            result = PyPartial(type: partial.type, function: try element(partial.function),
                               arguments: try elements(partial.arguments), keywords: keywords)
            try remember(key, result)
        case let getter as PyGetter:
            result = PyGetter(type: getter.type, parts: getter.parts, attributePaths: getter.attributePaths,
                              arguments: getter.arguments)
        case let exception as PyException:
            result = PyException(type: exception.type, args: try elements(exception.args))
            try remember(key, result)
        case let method as PyBoundMethod:
            return .object(PyBoundMethod(function: method.function, receiver: try element(method.receiver)))
        default:
            guard o.type.hasInstanceDict, !(o is PyIterator || o is PyGenerator || o is PyFuture) else {
                throw Errors.typeError("cannot pickle '\(o.type.nameInMessages)' object")
            }
            result = PyObject(type: o.type)
            try remember(key, result)
        }
        if let attributes = o.attributes, attributes.count > 0 {
            let state = PyDict()
            for (k, v) in attributes.entries { try state.set(k, try element(v), vm: vm) }
            result.attributes = state
        }
        return .object(result)
    }
}
