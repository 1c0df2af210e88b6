/// The `functools` module: `reduce`, `partial`, `lru_cache`, `cache`, `cmp_to_key`,
/// `wraps`/`update_wrapper` and `total_ordering`.
enum FunctoolsModule {
    /// `WRAPPER_ASSIGNMENTS` as of CPython 3.12.
    static let wrapperAssignments = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__",
                                     "__type_params__"]

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("functools"))
        namespace.set("partial", .object(PartialClass.type))
        namespace.set("WRAPPER_ASSIGNMENTS", .tuple(wrapperAssignments.map { .str($0) }))
        namespace.set("WRAPPER_UPDATES", .tuple([.str("__dict__")]))
        // One CacheInfo class per run, like any class a program creates.
        let cacheInfo = (try? NamedTuple.makeClass(vm, "CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"],
                                                   defaults: [], module: "functools")) ?? BuiltinTypes.tuple
        function("reduce", reduce)
        function("lru_cache") { vm, args throws(PyError) in try LruCacheClass.lruCache(vm, args, cacheInfoType: cacheInfo) }
        function("cache") { vm, args throws(PyError) in
            try args.expect("cache", min: 1, max: 1)
            return try LruCacheClass.wrap(vm, args.positional[0], maxSize: nil, typed: false, cacheInfoType: cacheInfo)
        }
        function("cmp_to_key") { vm, args throws(PyError) in
            try args.expect("cmp_to_key", min: 1, max: 1, allowKeywords: ["mycmp"])
            guard let compare = args.argument(0, "mycmp") else {
                throw Errors.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
            }
            return .object(PyKeyWrapper(compare: compare, object: nil))
        }
        function("update_wrapper", WrapperAttributes.updateWrapper)
        let updateWrapper = namespace.get("update_wrapper") ?? .none
        function("wraps") { vm, args throws(PyError) in
            try args.expect("wraps", min: 1, max: 3, allowKeywords: ["wrapped", "assigned", "updated"])
            guard let wrapped = args.argument(0, "wrapped") else {
                throw Errors.typeError("wraps() missing 1 required positional argument: 'wrapped'")
            }
            let keywords = PyDict()
            keywords.set("wrapped", wrapped)
            keywords.set("assigned", args.argument(1, "assigned") ?? .tuple(wrapperAssignments.map { .str($0) }))
            keywords.set("updated", args.argument(2, "updated") ?? .tuple([.str("__dict__")]))
            return .object(PyPartial(type: PartialClass.type, function: updateWrapper, arguments: [], keywords: keywords))
        }
        function("total_ordering", TotalOrdering.totalOrdering)
        return PyModule(name: "functools", namespace: namespace)
    }

    /// `reduce(function, iterable[, initial])`.
    static func reduce(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("reduce", min: 2, max: 3)
        let function = args.positional[0]
        guard vm.isIterable(args.positional[1]) else { throw Errors.typeError("reduce() arg 2 must support iteration") }
        let iterator = try vm.iterate(args.positional[1])
        var accumulated = args.positional.count > 2 ? args.positional[2] : nil
        while let item = try vm.nextValue(iterator) {
            if let value = accumulated {
                accumulated = try vm.call(function, [value, item])
            } else {
                accumulated = item
            }
        }
        guard let result = accumulated else {
            throw Errors.typeError("reduce() of empty iterable with no initial value")
        }
        return result
    }
}

/// `functools.update_wrapper`, and the same copy for the wrappers the module makes.
enum WrapperAttributes {
    /// `update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)`.
    static func updateWrapper(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("update_wrapper", min: 0, max: 4, allowKeywords: ["wrapper", "wrapped", "assigned", "updated"])
        guard let wrapper = args.argument(0, "wrapper"), let wrapped = args.argument(1, "wrapped") else {
            throw Errors.typeError("update_wrapper() missing required arguments 'wrapper' and 'wrapped'")
        }
        var assigned = FunctoolsModule.wrapperAssignments
        if let given = args.argument(2, "assigned") { assigned = try vm.collect(given).map { v throws(PyError) in try vm.str(v) } }
        var updated = ["__dict__"]
        if let given = args.argument(3, "updated") { updated = try vm.collect(given).map { v throws(PyError) in try vm.str(v) } }
        for name in assigned {
            guard let value = try optionalAttribute(vm, wrapped, name) else { continue }
            try vm.setAttribute(wrapper, vm.interner.intern(name), value)
        }
        if updated.contains("__dict__"), case .object(let source) = wrapped, let attributes = source.attributes,
           case .object(let target) = wrapper {
            for (key, value) in attributes.entries {
                if target.attributes == nil { target.attributes = PyDict() }
                try target.attributes?.set(key, value, vm: vm)
            }
        }
        try vm.setAttribute(wrapper, vm.interner.intern("__wrapped__"), wrapped)
        return wrapper
    }

    /// `getattr(value, name)`, or `nil` on `AttributeError` (the sandbox refuses some names
    /// with one, and they are skipped like missing ones).
    static func optionalAttribute(_ vm: VM, _ value: Value, _ name: String) throws(PyError) -> Value? {
        do throws(PyError) {
            return try vm.getAttribute(value, vm.interner.intern(name))
        } catch {
            if case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.attributeError) { return nil }
            throw error
        }
    }

    /// Gives a wrapper object of the module (`lru_cache`'s) the wrapped function's
    /// `__module__`, `__name__`, `__qualname__`, `__doc__` and attributes, and `__wrapped__`.
    static func copy(_ vm: VM, from function: Value, to wrapper: PyObject) throws(PyError) {
        let attributes = PyDict()
        if case .object(let source) = function, let own = source.attributes {
            for (key, value) in own.entries { try attributes.set(key, value, vm: vm) }
        }
        for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
            if let value = try optionalAttribute(vm, function, name) { attributes.set(name, value) }
        }
        attributes.set("__wrapped__", function)
        wrapper.attributes = attributes
    }
}
