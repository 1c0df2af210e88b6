/// `typing.NamedTuple` and `typing.TypedDict`, as class statements' bases (their
/// `subclassBuilder` makes the class, as CPython's metaclasses do) and in functional form.
enum TypingClasses {
    nonisolated(unsafe) static let namedTupleType: PyType = {
        let type = BuiltinTypes.makeModuleClass("NamedTuple", .other, methods: [:], constructor: { vm, _, args throws(PyError) in
            let values = try Signature(name: "NamedTuple", positional: ["typename", "fields"], defaults: [.none])
                .bind(Arguments(args.positional), hasSelf: false)
            var names: [String] = []
            if !values[1].isNone {
                for pair in try vm.collect(values[1]) { names.append(try vm.str(try vm.unpack(pair, count: 2)[0])) }
            } else {
                names = args.keywords.map(\.name)
            }
            let typename = try vm.str(values[0])
            try NamedTuple.validate(typename: typename, fields: names, renamed: false)
            return .object(try NamedTuple.makeClass(vm, typename, fields: names, defaults: [], module: "__main__"))
        }, moduleName: "typing", isCType: false)
        type.subclassBuilder = namedTupleClass
        return type
    }()

    static let reservedNamedTupleNames: Set<String> = ["__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                                       "_field_defaults", "_make", "_replace", "_asdict", "_source"]

    static func dictionary(_ entries: [(name: String, value: Value)]) -> [String: Value] {
        Dictionary(entries.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The annotated names of a class body, in order.
    static func annotatedNames(_ namespace: [String: Value]) -> [String] {
        guard case .object(let o)? = namespace["__annotations__"], let annotations = o as? PyDict else { return [] }
        return annotations.entries.compactMap { ($0.key.asObject as? PyStr)?.value }
    }

    /// `class P(NamedTuple): x: int; y: int = 0`.
    static func namedTupleClass(_ vm: VM, _ name: String, _ bases: [PyType], _ entries: [(name: String, value: Value)],
                                _ keywords: [(name: String, value: Value)]) throws(PyError) -> Value {
        let namespace = dictionary(entries)
        let fields = annotatedNames(namespace)
        var defaults: [Value] = []
        for field in fields {
            if let value = namespace[field] {
                defaults.append(value)
            } else if !defaults.isEmpty {
                let previous = fields[fields.firstIndex(of: field).map { $0 - 1 } ?? 0]
                throw Errors.typeError("Non-default namedtuple field \(field) cannot follow default field\(defaults.count > 1 ? "s" : "") \(previous)")
            }
        }
        try NamedTuple.validate(typename: name, fields: fields, renamed: false)
        let module = (namespace["__module__"]?.asObject as? PyStr)?.value ?? "__main__"
        let cls = try NamedTuple.makeClass(vm, name, fields: fields, defaults: defaults, module: module)
        for (key, value) in entries where !["__module__", "__annotations__", "__qualname__"].contains(key) && !fields.contains(key) {
            if reservedNamedTupleNames.contains(key) {
                throw Errors.attributeError("Cannot overwrite NamedTuple attribute \(key)")
            }
            cls.setAttribute(key, value)
        }
        if case .object(let q)? = namespace["__qualname__"], let qualified = q as? PyStr { cls.qualifiedName = qualified.value }
        return .object(cls)
    }

    nonisolated(unsafe) static let typedDictType: PyType = {
        let type = BuiltinTypes.makeModuleClass("TypedDict", .other, methods: [:], constructor: { vm, _, args throws(PyError) in
            let values = try Signature(name: "TypedDict", positional: ["typename", "fields"], defaults: [.none],
                                       keywordOnly: [("total", .true)]).bind(args, hasSelf: false)
            let annotations = PyDict()
            if case .object(let o) = values[1], let fields = o as? PyDict {
                for (key, value) in fields.entries { try annotations.set(key, value, vm: vm) }
            }
            return try typedDictClass(vm, try vm.str(values[0]), [], [("__annotations__", .object(annotations))],
                                      [("total", values[2])])
        }, moduleName: "typing", isCType: false)
        type.subclassBuilder = typedDictClass
        return type
    }()

    /// `class Movie(TypedDict, total=False): …`: a class whose calls make plain dicts.
    static func typedDictClass(_ vm: VM, _ name: String, _ bases: [PyType], _ entries: [(name: String, value: Value)],
                               _ keywords: [(name: String, value: Value)]) throws(PyError) -> Value {
        let namespace = dictionary(entries)
        var attributes = namespace
        attributes["__qualname__"] = nil
        attributes["__module__"] = nil
        let total = try vm.isTruthy(keywords.first { $0.name == "total" }?.value ?? .true)
        attributes["__total__"] = .bool(total)
        let makeDict = PyBuiltinFunction("__new__") { vm, args throws(PyError) in
            let dict = PyDict()
            let given = Array(args.positional.dropFirst())
            guard given.count <= 1 else { throw Errors.typeError("dict expected at most 1 argument, got \(given.count)") }
            if let source = given.first { try vm.updateDict(dict, from: source, merging: nil) }
            for (key, value) in args.keywords { dict.set(key, value) }
            return .object(dict)
        }
        attributes["__new__"] = .object(PyMethodWrapper(function: .object(makeDict), type: BuiltinTypes.staticMethod))
        let module = (namespace["__module__"]?.asObject as? PyStr)?.value ?? "__main__"
        let qualified = (namespace["__qualname__"]?.asObject as? PyStr)?.value ?? name
        return .object(PyType(name: name, qualifiedName: qualified, moduleName: module, metatype: BuiltinTypes.type,
                              bases: [BuiltinTypes.dict], namespace: attributes, layout: .dict, hasInstanceDict: true,
                              isBuiltin: false))
    }
}
