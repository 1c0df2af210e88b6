/// `functools.partial(func, /, *args, **keywords)`: calls `func` with `args` before and
/// `keywords` under the call's own arguments.
final class PyPartial: PyForwardingCallable {
    private(set) var function: Value
    private(set) var arguments: [Value]
    /// The frozen keyword arguments, in order (a call's keywords override them).
    let keywords: PyDict

    init(type: PyType, function: Value, arguments: [Value], keywords: PyDict) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
        super.init(type: type)
    }

    // Partials of partials can nest deeply: released through the trashcan.
    deinit {
        Trashcan.drop(&function, empty: .none)
        Trashcan.drop(&arguments, empty: [])
    }

    override func forward(_ vm: VM, _ args: [Value], keywordNames: [String]) throws(PyError) -> ForwardedCall {
        let split = args.count - keywordNames.count
        var positional = arguments
        positional.append(contentsOf: args[..<split])
        var names: [String] = []
        var values: [Value] = []
        for (key, value) in keywords.entries {
            names.append((key.asObject as? PyStr)?.value ?? "")
            values.append(value)
        }
        for (i, name) in keywordNames.enumerated() {
            if let existing = names.firstIndex(of: name) { values[existing] = args[split + i] } else {
                names.append(name)
                values.append(args[split + i])
            }
        }
        return .call(target: function, args: positional + values, keywordNames: names, completion: nil)
    }
}

enum PartialClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "partial", .other, methods: methods, constructor: construct, moduleName: "functools", isCType: true)

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        guard var function = args.positional.first else {
            throw Errors.typeError("type 'partial' takes at least one argument")
        }
        guard isCallable(function) else { throw Errors.typeError("the first argument must be callable") }
        var positional = Array(args.positional.dropFirst())
        let keywords = PyDict()
        // A partial of a plain partial flattens into one, as in CPython.
        if case .object(let o) = function, let inner = o as? PyPartial, inner.type === PartialClass.type {
            positional = inner.arguments + positional
            for (key, value) in inner.keywords.entries { try keywords.set(key, value, vm: vm) }
            function = inner.function
        }
        for (name, value) in args.keywords { keywords.set(name, value) }
        try vm.reserveMemory(16 * (positional.count + keywords.count))
        return .object(PyPartial(type: type, function: function, arguments: positional, keywords: keywords))
    }

    static func receiver(_ args: Arguments, _ name: String) throws(PyError) -> PyPartial {
        try args.receiver(PyPartial.self, of: type, method: name)
    }

    static func attribute(_ name: String, _ getter: @escaping (PyPartial) -> Value) -> (String, Value) {
        let setter = PyBuiltinFunction(name) { _, _ throws(PyError) in throw Errors.attributeError("readonly attribute") }
        let get = PyBuiltinFunction(name) { _, args throws(PyError) in getter(try receiver(args, name)) }
        return (name, .object(PyProperty(getter: .object(get), setter: .object(setter))))
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        attribute("func") { $0.function },
        attribute("args") { .tuple($0.arguments) },
        attribute("keywords") { partial in
            let copy = PyDict()
            for (key, value) in partial.keywords.entries { if let name = key.asObject as? PyStr { copy.set(name, value) } }
            return .object(copy)
        },
        method("functools.partial", "__call__") { vm, args throws(PyError) in
            let partial = try receiver(args, "__call__")
            return try vm.call(.object(partial), Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
        },
        method("functools.partial", "__repr__") { vm, args throws(PyError) in
            let partial = try receiver(args, "__repr__")
            let text = try vm.guardedRepr(partial, "...") { () throws(PyError) in
                var parts = [try vm.repr(partial.function)]
                for value in partial.arguments { parts.append(try vm.repr(value)) }
                for (key, value) in partial.keywords.entries {
                    parts.append(((key.asObject as? PyStr)?.value ?? "") + "=" + (try vm.repr(value)))
                }
                return parts.joined(separator: ", ")
            }
            if text == "..." { return .str(text) }
            return .str("\(partial.type.moduleName).\(partial.type.qualifiedName)(\(text))")
        },
    ])
}
