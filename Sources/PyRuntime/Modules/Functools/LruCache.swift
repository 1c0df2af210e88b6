/// The wrapper `functools.lru_cache` puts around a function: results by arguments, the
/// least recently used dropped beyond `maxsize` (`nil`: unbounded; 0: no caching).
final class PyLruCacheWrapper: PyForwardingCallable {
    private(set) var function: Value
    let maxSize: Int?
    let typed: Bool
    /// Results by key, least recently used first.
    let cache = PyDict()
    var hits = 0
    var misses = 0
    /// The `CacheInfo` namedtuple class of the run.
    let cacheInfoType: PyType
    /// Separates positional from keyword arguments in keys.
    private let keywordMark = PyObject(type: BuiltinTypes.object)

    init(function: Value, maxSize: Int?, typed: Bool, cacheInfoType: PyType) {
        self.function = function
        self.maxSize = maxSize
        self.typed = typed
        self.cacheInfoType = cacheInfoType
        super.init(type: LruCacheClass.type)
    }

    // Wrappers of wrappers can nest deeply: released through the trashcan.
    deinit { Trashcan.drop(&function, empty: .none) }

    override var bindsAsMethod: Bool { true }

    /// CPython's key: a lone `int` or `str` argument itself, else a tuple of the positional
    /// arguments, a mark, the keyword names and values, and with `typed` the types.
    func key(_ args: [Value], keywordNames: [String]) -> Value {
        if keywordNames.isEmpty, args.count == 1, !typed {
            let type = args[0].pyType
            if type === BuiltinTypes.int || type === BuiltinTypes.str { return args[0] }
        }
        let split = args.count - keywordNames.count
        var items = Array(args[..<split])
        if !keywordNames.isEmpty {
            items.append(.object(keywordMark))
            for (i, name) in keywordNames.enumerated() {
                items.append(.str(name))
                items.append(args[split + i])
            }
        }
        if typed { items.append(contentsOf: args.map { .object($0.pyType) }) }
        return .tuple(items)
    }

    override func forward(_ vm: VM, _ args: [Value], keywordNames: [String]) throws(PyError) -> ForwardedCall {
        guard maxSize != 0 else {
            misses += 1
            return .call(target: function, args: args, keywordNames: keywordNames, completion: nil)
        }
        let key = key(args, keywordNames: keywordNames)
        if let cached = try cache.get(key, vm: vm) {
            hits += 1
            if maxSize != nil { _ = try cache.move(key, toEnd: true, vm: vm) }
            return .result(cached)
        }
        misses += 1
        return .call(target: function, args: args, keywordNames: keywordNames,
                     completion: CallCompletion { [self] result throws(PyError) in try store(vm, key, result) })
    }

    private func store(_ vm: VM, _ key: Value, _ result: Value) throws(PyError) {
        guard let maxSize else {
            try vm.reserveMemory(64)
            try cache.set(key, result, vm: vm)
            return
        }
        // A recursive call may have stored the key meanwhile; CPython keeps that entry.
        if try cache.contains(key, vm: vm) { return }
        try vm.reserveMemory(64)
        try cache.set(key, result, vm: vm)
        if cache.count > maxSize { _ = cache.popFirst() }
    }
}

enum LruCacheClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "_lru_cache_wrapper", .other, methods: methods, constructor: nil, moduleName: "functools", isCType: true)

    static func receiver(_ args: Arguments, _ name: String) throws(PyError) -> PyLruCacheWrapper {
        try args.receiver(PyLruCacheWrapper.self, of: type, method: name)
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("functools._lru_cache_wrapper", "__call__") { vm, args throws(PyError) in
            let wrapper = try receiver(args, "__call__")
            return try vm.call(.object(wrapper), Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
        },
        method("functools._lru_cache_wrapper", "cache_info") { vm, args throws(PyError) in
            try args.expectMethod("cache_info", min: 0, max: 0)
            let wrapper = try receiver(args, "cache_info")
            let maxSize: Value = wrapper.maxSize.map { .int($0) } ?? .none
            return .object(PyTuple([.int(wrapper.hits), .int(wrapper.misses), maxSize, .int(wrapper.cache.count)],
                                   type: wrapper.cacheInfoType))
        },
        method("functools._lru_cache_wrapper", "cache_clear") { vm, args throws(PyError) in
            try args.expectMethod("cache_clear", min: 0, max: 0)
            let wrapper = try receiver(args, "cache_clear")
            wrapper.cache.removeAll()
            wrapper.hits = 0
            wrapper.misses = 0
            return .none
        },
        method("functools._lru_cache_wrapper", "cache_parameters") { vm, args throws(PyError) in
            try args.expectMethod("cache_parameters", min: 0, max: 0)
            let wrapper = try receiver(args, "cache_parameters")
            let parameters = PyDict()
            parameters.set("maxsize", wrapper.maxSize.map { .int($0) } ?? .none)
            parameters.set("typed", .bool(wrapper.typed))
            return .object(parameters)
        },
    ])

    /// `lru_cache(maxsize=128, typed=False)` or `lru_cache(user_function)`: the decorator, or
    /// the wrapped function.
    static func lruCache(_ vm: VM, _ args: Arguments, cacheInfoType: PyType) throws(PyError) -> Value {
        if args.positional.count > 2 {
            throw Errors.tooManyPositional("lru_cache", minimum: 0, maximum: 2, given: args.positional.count)
        }
        try args.expect("lru_cache", min: 0, max: 2, allowKeywords: ["maxsize", "typed"])
        let typed = try vm.isTruthy(args.argument(1, "typed") ?? .false)
        let first = args.argument(0, "maxsize") ?? .int(128)
        if case .object(let o) = first, !(o is PyBigInt), isCallable(first) {
            return try wrap(vm, first, maxSize: 128, typed: typed, cacheInfoType: cacheInfoType)
        }
        var maxSize: Int?
        switch first {
        case .none: maxSize = nil
        case .int(let n): maxSize = max(0, n)
        case .bool(let b): maxSize = b ? 1 : 0
        case .object(let o) where o is PyBigInt: maxSize = (o as? PyBigInt)?.value.signum() == 1 ? Int.max : 0
        default: throw Errors.typeError("Expected first argument to be an integer, a callable, or None")
        }
        return .object(PyBuiltinFunction("decorating_function") { vm, args throws(PyError) in
            try args.expect("decorating_function", min: 1, max: 1)
            return try wrap(vm, args.positional[0], maxSize: maxSize, typed: typed, cacheInfoType: cacheInfoType)
        })
    }

    static func wrap(_ vm: VM, _ function: Value, maxSize: Int?, typed: Bool,
                     cacheInfoType: PyType) throws(PyError) -> Value {
        guard isCallable(function) else { throw Errors.typeError("the first argument must be callable") }
        let wrapper = PyLruCacheWrapper(function: function, maxSize: maxSize, typed: typed, cacheInfoType: cacheInfoType)
        try WrapperAttributes.copy(vm, from: function, to: wrapper)
        return .object(wrapper)
    }
}
