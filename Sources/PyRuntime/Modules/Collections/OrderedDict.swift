/// `collections.OrderedDict`: a `dict` (already ordered) with `move_to_end`,
/// `popitem(last=)`, order-sensitive equality between `OrderedDict`s, `odict_*` views and
/// CPython 3.12's repr, `OrderedDict({'a': 1})`.
enum OrderedDictClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "OrderedDict", .dict, base: BuiltinTypes.dict, methods: methods, constructor: construct,
        moduleName: "collections", isCType: true)

    nonisolated(unsafe) static let keysType = BuiltinTypes.make("odict_keys", .other, base: BuiltinTypes.dictKeys,
                                                                methods: DictMethods.viewTable)
    nonisolated(unsafe) static let valuesType = BuiltinTypes.make("odict_values", .other, base: BuiltinTypes.dictValues)
    nonisolated(unsafe) static let itemsType = BuiltinTypes.make("odict_items", .other, base: BuiltinTypes.dictItems,
                                                                 methods: DictMethods.viewTable)
    nonisolated(unsafe) static let iteratorType = BuiltinTypes.make("odict_iterator", .iterator,
                                                                    methods: IteratorMethods.table)

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        let dict = PyDict(type: type)
        try initialize(vm, dict, args.positional[...], args.keywords)
        return .object(dict)
    }

    static func receiver(_ args: Arguments, _ method: String) throws(PyError) -> PyDict {
        try args.receiver(PyDict.self, of: type, method: method)
    }

    static func initialize(_ vm: VM, _ dict: PyDict, _ positional: ArraySlice<Value>,
                           _ keywords: [(name: String, value: Value)]) throws(PyError) {
        guard positional.count <= 1 else {
            throw Errors.typeError("expected at most 1 arguments, got \(positional.count)")
        }
        if let source = positional.first { try vm.updateDict(dict, from: source, merging: nil) }
        for (name, value) in keywords { try vm.setItem(.object(dict), .str(name), value) }
    }

    /// `last` of `move_to_end`/`popitem`, positional or keyword.
    static func lastArgument(_ vm: VM, _ args: Arguments, at index: Int) throws(PyError) -> Bool {
        guard let value = args.argument(index, "last") else { return true }
        return try vm.isTruthy(value)
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("collections.OrderedDict", "__init__") { vm, args throws(PyError) in
            try initialize(vm, try receiver(args, "__init__"), args.positional.dropFirst(), args.keywords)
            return .none
        },
        method("collections.OrderedDict", "__repr__") { vm, args throws(PyError) in
            let dict = try receiver(args, "__repr__")
            if dict.count == 0 { return .str(dict.type.name + "()") }
            return .str(dict.type.name + "(" + (try vm.dictRepr(dict)) + ")")
        },
        method("collections.OrderedDict", "move_to_end") { vm, args throws(PyError) in
            let dict = try receiver(args, "move_to_end")
            try checkArguments(args, "move_to_end", required: "key", allowed: ["key", "last"], max: 2)
            guard let key = args.argument(1, "key") else {
                throw Errors.typeError("move_to_end() missing required argument 'key' (pos 1)")
            }
            guard try dict.move(key, toEnd: try lastArgument(vm, args, at: 2), vm: vm) else { throw Errors.keyError(key) }
            return .none
        },
        method("collections.OrderedDict", "popitem") { vm, args throws(PyError) in
            let dict = try receiver(args, "popitem")
            try checkArguments(args, "popitem", required: nil, allowed: ["last"], max: 1)
            let last = try lastArgument(vm, args, at: 1)
            guard let (key, value) = last ? dict.popLast() : dict.popFirst() else {
                throw Errors.make(ExceptionTypes.keyError, "dictionary is empty")
            }
            return .tuple([key, value])
        },
        method("collections.OrderedDict", "keys") { vm, args throws(PyError) in
            .object(PyDictView(try receiver(args, "keys"), kind: .keys, type: keysType))
        },
        method("collections.OrderedDict", "values") { vm, args throws(PyError) in
            .object(PyDictView(try receiver(args, "values"), kind: .values, type: valuesType))
        },
        method("collections.OrderedDict", "items") { vm, args throws(PyError) in
            .object(PyDictView(try receiver(args, "items"), kind: .items, type: itemsType))
        },
        method("collections.OrderedDict", "__reversed__") { vm, args throws(PyError) in
            let keys = try receiver(args, "__reversed__").entries.reversed().map(\.key)
            var position = 0
            return .object(StepIterator(type: iteratorType) { _ throws(PyError) in
                guard position < keys.count else { return nil }
                defer { position += 1 }
                return keys[position]
            })
        },
        method("collections.OrderedDict", "copy") { vm, args throws(PyError) in
            let dict = try receiver(args, "copy")
            return try vm.call(.object(dict.type), [args.positional[0]])
        },
        method("collections.OrderedDict", "__eq__") { vm, args throws(PyError) in
            try args.expectMethod("__eq__", min: 1, max: 1)
            let dict = try receiver(args, "__eq__")
            // Against another OrderedDict the order counts; anything else compares as a dict.
            guard case .object(let o) = args.positional[1], o.type.isSubtype(of: type), let other = o as? PyDict else {
                return notImplemented
            }
            return .bool(try orderedEqual(vm, dict, other))
        },
        method("collections.OrderedDict", "__ne__") { vm, args throws(PyError) in
            try args.expectMethod("__ne__", min: 1, max: 1)
            let dict = try receiver(args, "__ne__")
            guard case .object(let o) = args.positional[1], o.type.isSubtype(of: type), let other = o as? PyDict else {
                return notImplemented
            }
            return .bool(try !orderedEqual(vm, dict, other))
        },
        method("collections.OrderedDict", "__or__") { vm, args throws(PyError) in
            try args.expectMethod("__or__", min: 1, max: 1)
            return try union(vm, args.positional[0], args.positional[1])
        },
        method("collections.OrderedDict", "__ror__") { vm, args throws(PyError) in
            try args.expectMethod("__ror__", min: 1, max: 1)
            return try union(vm, args.positional[1], args.positional[0])
        },
        classMethod("collections.OrderedDict", "fromkeys") { vm, args throws(PyError) in
            guard args.positional.count >= 2, args.positional.count <= 3 else {
                throw Errors.typeError("fromkeys expected at least 1 argument, got \(max(0, args.positional.count - 1))")
            }
            let result = try vm.call(args.positional[0], [])
            let value = args.positional.count > 2 ? args.positional[2] : .none
            for key in try vm.collect(args.positional[1]) { try vm.setItem(result, key, value) }
            return result
        },
    ])

    /// Argument checks of the C methods (`move_to_end() takes at most 2 arguments (3 given)`).
    static func checkArguments(_ args: Arguments, _ name: String, required: String?, allowed: Set<String>,
                               max: Int) throws(PyError) {
        for keyword in args.keywords where !allowed.contains(keyword.name) {
            throw Errors.typeError("\(name)() got an unexpected keyword argument '\(keyword.name)'")
        }
        let given = args.positional.count - 1 + args.keywords.count
        if given > max {
            throw Errors.typeError("\(name)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(given) given)")
        }
    }

    /// Equal contents with keys in the same order.
    static func orderedEqual(_ vm: VM, _ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
        guard try plainEqual(vm, a, b) else { return false }
        for (x, y) in zip(a.entries, b.entries) where try !vm.equals(x.key, y.key) { return false }
        return true
    }

    static func plainEqual(_ vm: VM, _ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
        guard a.count == b.count else { return false }
        for (key, value) in a.entries {
            guard let other = try b.get(key, vm: vm) else { return false }
            if !Value.identical(value, other), try !vm.equals(value, other) { return false }
        }
        return true
    }

    /// `left | right` where either is an OrderedDict: `type(od)(left)` updated with `right`.
    static func union(_ vm: VM, _ left: Value, _ right: Value) throws(PyError) -> Value {
        let (selfValue, other) = left.pyType.isSubtype(of: type) ? (left, right) : (right, left)
        guard case .object(let o) = other, o is PyDict else { return notImplemented }
        let result = try vm.call(.object(selfValue.pyType), [left])
        guard case .object(let r) = result, let merged = r as? PyDict else { return result }
        try vm.updateDict(merged, from: right, merging: nil)
        return result
    }
}
