/// `operator.itemgetter(*items)`, `operator.attrgetter(*attrs)` and
/// `operator.methodcaller(name, /, *args, **kwargs)`: callables with CPython's reprs.
final class PyGetter: PyObject {
    /// The items, the attribute paths (split at dots), or the method name.
    private(set) var parts: [Value]
    let attributePaths: [[String]]
    private(set) var arguments: Arguments

    init(type: PyType, parts: [Value], attributePaths: [[String]] = [], arguments: Arguments = Arguments()) {
        self.parts = parts
        self.attributePaths = attributePaths
        self.arguments = arguments
        super.init(type: type)
    }

    // Getters of getters can nest deeply: released through the trashcan.
    deinit {
        Trashcan.drop(&parts, empty: [])
        Trashcan.drop(&arguments.positional, empty: [])
        Trashcan.drop(&arguments.keywords, empty: [])
    }
}

enum ItemGetterClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "itemgetter", .other, methods: methodTable([
            method("operator.itemgetter", "__call__") { vm, args throws(PyError) in
                let getter = try args.receiver(PyGetter.self, of: type, method: "__call__")
                try callArguments(args, "itemgetter")
                let object = args.positional[1]
                if getter.parts.count == 1 { return try vm.getItem(object, getter.parts[0]) }
                var items: [Value] = []
                for part in getter.parts { items.append(try vm.getItem(object, part)) }
                return .tuple(items)
            },
            method("operator.itemgetter", "__repr__") { vm, args throws(PyError) in
                let getter = try args.receiver(PyGetter.self, of: type, method: "__repr__")
                return .str("operator.itemgetter(" + (try vm.joinedReprs(getter.parts)) + ")")
            },
        ]), constructor: { vm, type, args throws(PyError) in
            if args.positional.isEmpty { throw Errors.typeError("itemgetter expected 1 argument, got 0") }
            try args.expect("itemgetter", min: 1, max: Int.max)
            return .object(PyGetter(type: type, parts: args.positional))
        }, moduleName: "operator", isCType: true)

    /// Getters take exactly one argument (`itemgetter expected 1 argument, got 2`).
    static func callArguments(_ args: Arguments, _ name: String) throws(PyError) {
        if !args.keywords.isEmpty { throw Errors.typeError("\(name)() takes no keyword arguments") }
        let given = args.positional.count - 1
        if given != 1 { throw Errors.typeError("\(name) expected 1 argument, got \(given)") }
    }
}

enum AttrGetterClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "attrgetter", .other, methods: methodTable([
            method("operator.attrgetter", "__call__") { vm, args throws(PyError) in
                let getter = try args.receiver(PyGetter.self, of: type, method: "__call__")
                try ItemGetterClass.callArguments(args, "attrgetter")
                var results: [Value] = []
                for path in getter.attributePaths {
                    var value = args.positional[1]
                    for name in path { value = try vm.getAttribute(value, vm.interner.intern(name)) }
                    results.append(value)
                }
                return results.count == 1 ? results[0] : .tuple(results)
            },
            method("operator.attrgetter", "__repr__") { vm, args throws(PyError) in
                let getter = try args.receiver(PyGetter.self, of: type, method: "__repr__")
                return .str("operator.attrgetter(" + (try vm.joinedReprs(getter.parts)) + ")")
            },
        ]), constructor: { vm, type, args throws(PyError) in
            if args.positional.isEmpty { throw Errors.typeError("attrgetter expected 1 argument, got 0") }
            try args.expect("attrgetter", min: 1, max: Int.max)
            var paths: [[String]] = []
            for part in args.positional {
                guard case .object(let o) = part, let name = o as? PyStr else {
                    throw Errors.typeError("attribute name must be a string")
                }
                paths.append(name.value.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
            }
            return .object(PyGetter(type: type, parts: args.positional, attributePaths: paths))
        }, moduleName: "operator", isCType: true)
}

enum MethodCallerClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "methodcaller", .other, methods: methodTable([
            method("operator.methodcaller", "__call__") { vm, args throws(PyError) in
                let caller = try args.receiver(PyGetter.self, of: type, method: "__call__")
                try ItemGetterClass.callArguments(args, "methodcaller")
                guard case .object(let n) = caller.parts[0], let name = n as? PyStr else { return .none }
                let method = try vm.getAttribute(args.positional[1], vm.interner.intern(name.value))
                return try vm.call(method, caller.arguments)
            },
            method("operator.methodcaller", "__repr__") { vm, args throws(PyError) in
                let caller = try args.receiver(PyGetter.self, of: type, method: "__repr__")
                var parts = [try vm.repr(caller.parts[0])]
                for value in caller.arguments.positional { parts.append(try vm.repr(value)) }
                for (name, value) in caller.arguments.keywords { parts.append(name + "=" + (try vm.repr(value))) }
                return .str("operator.methodcaller(" + parts.joined(separator: ", ") + ")")
            },
        ]), constructor: { vm, type, args throws(PyError) in
            guard let name = args.positional.first else {
                throw Errors.typeError("methodcaller needs at least one argument, the method name")
            }
            guard case .object(let o) = name, o is PyStr else { throw Errors.typeError("method name must be a string") }
            return .object(PyGetter(type: type, parts: [name],
                                    arguments: Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)))
        }, moduleName: "operator", isCType: true)
}
