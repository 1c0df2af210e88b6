import PyFrontend

/// `collections.namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None)`: a new `tuple` subclass per call, with field properties, `_fields`,
/// `_field_defaults`, `_make`, `_replace`, `_asdict` and the repr `Point(x=1, y=2)`.
/// Classes belong to the run that made them, like a class statement's.
enum NamedTuple {
    static func namedtuple(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("namedtuple", min: 2, max: 2, allowKeywords: ["rename", "defaults", "module"])
        let rename = try vm.isTruthy(args.keyword("rename") ?? .false)
        var fields: [String] = []
        if case .object(let o) = args.positional[1], let text = o as? PyStr {
            fields = text.value.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        } else {
            for value in try vm.collect(args.positional[1]) { fields.append(try vm.str(value)) }
        }
        let typename = try vm.str(args.positional[0])
        if rename { fields = renamed(fields) }
        try validate(typename: typename, fields: fields, renamed: rename)
        var defaults: [Value] = []
        if let given = args.keyword("defaults"), !given.isNone {
            defaults = try vm.collect(given)
            guard defaults.count <= fields.count else { throw Errors.typeError("Got more default values than field names") }
        }
        var module = "__main__"
        if let given = args.keyword("module"), !given.isNone { module = try vm.str(given) }
        return .object(try makeClass(vm, typename, fields: fields, defaults: defaults, module: module))
    }

    static func isValidName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.first, first == "_" || first.properties.isXIDStart,
              scalars.dropFirst().allSatisfy({ $0.properties.isXIDContinue }) else { return false }
        return ReservedWord(rawValue: name) == nil
    }

    /// `rename=True`: invalid, underscored or repeated field names become `_index`.
    static func renamed(_ fields: [String]) -> [String] {
        var seen: Set<String> = []
        return fields.enumerated().map { index, name in
            let bad = !isValidName(name) || name.hasPrefix("_") || seen.contains(name)
            seen.insert(name)
            return bad ? "_\(index)" : name
        }
    }

    static func validate(typename: String, fields: [String], renamed: Bool) throws(PyError) {
        for name in [typename] + fields {
            let scalars = name.unicodeScalars
            guard let first = scalars.first, first == "_" || first.properties.isXIDStart,
                  scalars.dropFirst().allSatisfy({ $0.properties.isXIDContinue }) else {
                throw Errors.valueError("Type names and field names must be valid identifiers: \(VM.reprString(name))")
            }
            if ReservedWord(rawValue: name) != nil {
                throw Errors.valueError("Type names and field names cannot be a keyword: \(VM.reprString(name))")
            }
        }
        var seen: Set<String> = []
        for name in fields {
            if name.hasPrefix("_"), !renamed {
                throw Errors.valueError("Field names cannot start with an underscore: \(VM.reprString(name))")
            }
            if !seen.insert(name).inserted {
                throw Errors.valueError("Encountered duplicate field name: \(VM.reprString(name))")
            }
        }
    }

    /// Creates the class. `fields` are valid, distinct identifiers; `defaults` apply to the
    /// last fields.
    static func makeClass(_ vm: VM, _ typename: String, fields: [String], defaults: [Value],
                          module: String) throws(PyError) -> PyType {
        let fieldDefaults = PyDict()
        for (name, value) in zip(fields.suffix(defaults.count), defaults) { fieldDefaults.set(name, value) }
        var namespace: [String: Value] = [
            "__doc__": .str("\(typename)(\(fields.joined(separator: ", ")))"),
            "_fields": .tuple(fields.map { .str($0) }),
            "__match_args__": .tuple(fields.map { .str($0) }),
            "_field_defaults": .object(fieldDefaults),
            "__new__": .object(PyMethodWrapper(function: .object(constructor(typename, fields, defaults)),
                                               type: BuiltinTypes.staticMethod)),
            "_make": .object(PyMethodWrapper(function: .object(make(fields.count)), type: BuiltinTypes.classMethod)),
        ]
        for (index, name) in fields.enumerated() { namespace[name] = field(index) }
        for (name, value) in NamedTupleMethods.table(typename) { namespace[name] = value }
        return PyType(name: typename, moduleName: module, metatype: BuiltinTypes.type, bases: [BuiltinTypes.tuple],
                      namespace: namespace, layout: .tuple, hasInstanceDict: false, isBuiltin: false)
    }

    /// `__new__(_cls, x, y)`: binds arguments to fields as the generated function of
    /// CPython does, with its messages (`Point.__new__() missing 1 required positional
    /// argument: 'y'`).
    static func constructor(_ typename: String, _ fields: [String], _ defaults: [Value]) -> PyBuiltinFunction {
        let name = typename + ".__new__"
        return PyBuiltinFunction("__new__") { vm, args throws(PyError) in
            guard case .object(let c)? = args.positional.first, let cls = c as? PyType,
                  cls.isSubtype(of: BuiltinTypes.tuple) else {
                throw Errors.typeError("\(name)(): _cls must be a subtype of tuple")
            }
            let signature = Signature(name: name, positional: fields, defaults: defaults)
            return .object(PyTuple(try signature.bind(args), type: cls))
        }
    }

    /// `_make(iterable)`: a class method building an instance without `__new__`.
    static func make(_ count: Int) -> PyBuiltinFunction {
        PyBuiltinFunction("_make") { vm, args throws(PyError) in
            guard args.positional.count == 2, case .object(let c) = args.positional[0], let cls = c as? PyType else {
                throw Errors.typeError("_make() takes 2 positional arguments but \(args.positional.count) were given")
            }
            let items = try vm.collect(args.positional[1])
            guard items.count == count else { throw Errors.typeError("Expected \(count) arguments, got \(items.count)") }
            return .object(PyTuple(items, type: cls))
        }
    }

    /// The property reading field `index`; assigning to it fails as in CPython.
    static func field(_ index: Int) -> Value {
        let getter = PyBuiltinFunction("_tuplegetter") { vm, args throws(PyError) in
            guard case .object(let o)? = args.positional.first, let tuple = o as? PyTuple, index < tuple.items.count else {
                throw Errors.typeError("descriptor for index '\(index)' for tuple subclasses doesn't apply to '\(args.positional.first?.typeName ?? "NoneType")' object")
            }
            return tuple.items[index]
        }
        let setter = PyBuiltinFunction("_tuplegetter") { _, _ throws(PyError) in
            throw Errors.attributeError("can't set attribute")
        }
        return .object(PyProperty(getter: .object(getter), setter: .object(setter)))
    }
}

/// The methods every namedtuple class has.
enum NamedTupleMethods {
    static func receiver(_ args: Arguments, _ method: String) throws(PyError) -> (PyTuple, [String]) {
        guard case .object(let o)? = args.positional.first, let tuple = o as? PyTuple,
              case .object(let f)? = tuple.type.lookup("_fields"), let fields = f as? PyTuple else {
            throw Errors.typeError("\(method)() needs a namedtuple instance")
        }
        var names: [String] = []
        for case .object(let n) in fields.items { names.append((n as? PyStr)?.value ?? "") }
        return (tuple, names)
    }

    static func table(_ typename: String) -> [(String, Value)] {
        [
            method(typename, "__repr__") { vm, args throws(PyError) in
                let (tuple, fields) = try receiver(args, "__repr__")
                var parts: [String] = []
                for (name, value) in zip(fields, tuple.items) { parts.append(name + "=" + (try vm.repr(value))) }
                return .str(tuple.type.name + "(" + parts.joined(separator: ", ") + ")")
            },
            method(typename, "_asdict") { vm, args throws(PyError) in
                try args.expectMethod("_asdict", min: 0, max: 0)
                let (tuple, fields) = try receiver(args, "_asdict")
                let dict = PyDict()
                for (name, value) in zip(fields, tuple.items) { dict.set(name, value) }
                return .object(dict)
            },
            method(typename, "_replace") { vm, args throws(PyError) in
                try args.expectMethod("_replace", min: 0, max: 0, allowKeywords: Set(args.keywords.map(\.name)))
                let (tuple, fields) = try receiver(args, "_replace")
                var items = tuple.items
                var unknown: [Value] = []
                for (name, value) in args.keywords {
                    if let index = fields.firstIndex(of: name), index < items.count {
                        items[index] = value
                    } else {
                        unknown.append(.str(name))
                    }
                }
                if !unknown.isEmpty { throw Errors.valueError("Got unexpected field names: \(try vm.repr(.list(unknown)))") }
                return .object(PyTuple(items, type: tuple.type))
            },
        ]
    }
}
