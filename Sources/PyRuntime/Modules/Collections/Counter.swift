import PyCompiler

/// `collections.Counter`: a `dict` subclass counting hashable elements, with the methods
/// and operators of CPython's `Counter` (a Python class there, so its messages name it
/// `Counter`). Missing keys count 0; results of `+ - | &` and unary `+`/`-` keep only
/// positive counts and are plain `Counter`s.
enum CounterClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "Counter", .dict, base: BuiltinTypes.dict, methods: methods, constructor: construct,
        moduleName: "collections", isCType: false)

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        let counter = PyDict(type: type)
        try update(vm, counter, args.positional[...], args.keywords, method: "Counter.__init__")
        return .object(counter)
    }

    static func receiver(_ args: Arguments, _ method: String) throws(PyError) -> PyDict {
        try args.receiver(PyDict.self, of: BuiltinTypes.dict, method: method)
    }

    /// The count of `element` as `counter[element]` reads it (missing counts 0).
    static func count(_ vm: VM, _ counter: PyDict, _ element: Value) throws(PyError) -> Value {
        try vm.getItem(.object(counter), element)
    }

    static func isCounter(_ value: Value) -> Bool { value.pyType.isSubtype(of: type) }

    static func newCounter() -> PyDict { PyDict(type: type) }

    // MARK: Counting

    /// `update(iterable=None, /, **kwds)`: a mapping adds its counts, any other iterable
    /// counts its elements.
    /// `positional` excludes `self`; `method` names the method in errors.
    static func update(_ vm: VM, _ counter: PyDict, _ positional: ArraySlice<Value>,
                       _ keywords: [(name: String, value: Value)], method: String, sign: Int = 1) throws(PyError) {
        guard positional.count <= 1 else {
            throw Errors.tooManyPositional(method, minimum: 1, maximum: 2, given: positional.count + 1)
        }
        if let source = positional.first, !source.isNone { try add(vm, counter, source, sign: sign) }
        if !keywords.isEmpty {
            let dict = PyDict()
            for (name, value) in keywords { dict.set(name, value) }
            try add(vm, counter, .object(dict), sign: sign)
        }
    }

    /// Adds (`sign` 1, `update`) or subtracts (`sign` -1, `subtract`) a mapping's counts or
    /// an iterable's elements.
    static func add(_ vm: VM, _ counter: PyDict, _ source: Value, sign: Int) throws(PyError) {
        let op: BinaryOp = sign > 0 ? .add : .subtract
        if case .object(let o) = source, let mapping = o as? PyDict {
            // An empty counter takes a mapping's values as they are (CPython's fast path).
            if sign > 0, counter.count == 0 {
                try vm.updateDict(counter, from: source, merging: nil)
                return
            }
            for (element, count) in mapping.entries {
                let current = try counter.get(element, vm: vm) ?? .int(0)
                try vm.setItem(.object(counter), element, try vm.binaryOperation(op, current, count))
            }
            return
        }
        let iterator = try vm.iterate(source)
        while let element = try vm.nextValue(iterator) {
            let current = try counter.get(element, vm: vm) ?? .int(0)
            try vm.setItem(.object(counter), element, try vm.binaryOperation(op, current, .int(1)))
        }
    }

    /// The items ordered by count, largest first; equal counts keep insertion order.
    static func mostCommon(_ vm: VM, _ counter: PyDict) throws(PyError) -> [Value] {
        let entries = counter.entries
        var items = entries.map { Value.tuple([$0.key, $0.value]) }
        try vm.stableSort(&items, keys: entries.map(\.value), reverse: true)
        return items
    }

    // MARK: Methods

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("Counter", "__init__") { vm, args throws(PyError) in
            let counter = try receiver(args, "__init__")
            try update(vm, counter, args.positional.dropFirst(), args.keywords, method: "Counter.__init__")
            return .none
        },
        method("Counter", "__missing__") { vm, args throws(PyError) in
            try args.expectMethod("__missing__", min: 1, max: 1)
            return .int(0)
        },
        method("Counter", "update") { vm, args throws(PyError) in
            let counter = try receiver(args, "update")
            try update(vm, counter, args.positional.dropFirst(), args.keywords, method: "Counter.update")
            return .none
        },
        method("Counter", "subtract") { vm, args throws(PyError) in
            let counter = try receiver(args, "subtract")
            try update(vm, counter, args.positional.dropFirst(), args.keywords, method: "Counter.subtract", sign: -1)
            return .none
        },
        method("Counter", "most_common") { vm, args throws(PyError) in
            try args.expectMethod("most_common", min: 0, max: 1, allowKeywords: ["n"])
            let items = try mostCommon(vm, try receiver(args, "most_common"))
            guard let n = args.argument(1, "n"), !n.isNone else { return .list(items) }
            guard case .some(.int(let limit)) = Number(n) else {
                throw Errors.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return .list(Array(items.prefix(max(0, limit))))
        },
        method("Counter", "elements") { vm, args throws(PyError) in
            try args.expectMethod("elements", min: 0, max: 0)
            return elements(try receiver(args, "elements").entries)
        },
        method("Counter", "total") { vm, args throws(PyError) in
            try args.expectMethod("total", min: 0, max: 0)
            var total = Value.int(0)
            for (_, count) in try receiver(args, "total").entries { total = try vm.binaryOperation(.add, total, count) }
            return total
        },
        method("Counter", "copy") { vm, args throws(PyError) in
            try args.expectMethod("copy", min: 0, max: 0)
            let counter = try receiver(args, "copy")
            return try vm.call(.object(counter.type), [.object(counter)])
        },
        classMethod("Counter", "fromkeys") { vm, args throws(PyError) in
            throw Errors.make(ExceptionTypes.notImplementedError,
                              "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
        },
        method("Counter", "__delitem__") { vm, args throws(PyError) in
            try args.expectMethod("__delitem__", min: 1, max: 1)
            try receiver(args, "__delitem__").remove(args.positional[1], vm: vm)
            return .none
        },
        method("Counter", "__repr__") { vm, args throws(PyError) in
            let counter = try receiver(args, "__repr__")
            let name = counter.type.name
            if counter.count == 0 { return .str(name + "()") }
            let ordered = PyDict()
            do throws(PyError) {
                for item in try mostCommon(vm, counter) {
                    guard case .object(let o) = item, let pair = o as? PyTuple else { continue }
                    try ordered.set(pair.items[0], pair.items[1], vm: vm)
                }
            } catch {
                // Counts that do not order (CPython catches the TypeError and keeps dict order).
                guard case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.typeError) else { throw error }
                return .str(name + "(" + (try vm.dictRepr(counter)) + ")")
            }
            return .str(name + "(" + (try vm.dictRepr(ordered)) + ")")
        },
    ] + CounterOperators.methods)

    /// `elements()`: each element repeated by its count, as an `itertools.chain`.
    static func elements(_ entries: [(key: Value, value: Value)]) -> Value {
        var index = 0
        var remaining = 0
        return ItertoolsModule.iterator("chain") { vm throws(PyError) in
            while remaining <= 0 {
                guard index < entries.count else { return nil }
                remaining = try vm.intArgument(entries[index].value)
                index += 1
            }
            remaining -= 1
            return entries[index - 1].key
        }
    }
}
