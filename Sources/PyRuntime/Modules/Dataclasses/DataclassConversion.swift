/// `asdict`, `astuple` and `replace`, as CPython 3.12's `dataclasses` computes them.
enum DataclassConversion {
    static func isInstance(_ value: Value) -> Bool {
        if case .object(let o) = value, o is PyType { return false }
        return DataclassDecorator.fields(of: value.pyType) != nil
    }

    /// `asdict(obj, *, dict_factory=dict)` / `astuple(obj, *, tuple_factory=tuple)`.
    static func convert(_ vm: VM, _ args: Arguments, _ name: String) throws(PyError) -> Value {
        let toDict = name == "asdict"
        let values = try Signature(name: name, positional: ["obj"],
                                   keywordOnly: [(toDict ? "dict_factory" : "tuple_factory", Value.none)])
            .bind(args, hasSelf: false)
        guard isInstance(values[0]) else {
            throw Errors.typeError("\(name)() should be called on dataclass instances")
        }
        let factory = values[1].isNone ? nil : values[1]
        return try inner(vm, values[0], toDict: toDict, factory: factory)
    }

    static func inner(_ vm: VM, _ value: Value, toDict: Bool, factory: Value?) throws(PyError) -> Value {
        try vm.nested { () throws(PyError) in try innerValue(vm, value, toDict: toDict, factory: factory) }
    }

    static func innerValue(_ vm: VM, _ value: Value, toDict: Bool, factory: Value?) throws(PyError) -> Value {
        guard case .object(let o) = value else { return value }
        if o is PyStr || o is PyBigInt || o is PyBytes || o is PyType || o is PyFunction || o is PyBuiltinFunction {
            return value
        }
        if isInstance(value), let fields = DataclassDecorator.fields(of: o.type) {
            var pairs: [(String, Value)] = []
            for field in fields where field.kind == .field {
                let item = try vm.getAttribute(value, vm.interner.intern(field.fieldName))
                pairs.append((field.fieldName, try inner(vm, item, toDict: toDict, factory: factory)))
            }
            if toDict {
                if let factory { return try vm.call(factory, [.list(pairs.map { .tuple([.str($0.0), $0.1]) })]) }
                let dict = PyDict()
                for (key, item) in pairs { dict.set(key, item) }
                return .object(dict)
            }
            let items = pairs.map(\.1)
            if let factory { return try vm.call(factory, [.list(items)]) }
            return .tuple(items)
        }
        if let tuple = o as? PyTuple {
            var items: [Value] = []
            for item in tuple.items { items.append(try inner(vm, item, toDict: toDict, factory: factory)) }
            // A namedtuple is rebuilt from its fields, other tuples from an iterable.
            if o.type.lookup("_fields") != nil { return try vm.call(.object(o.type), items) }
            if o.type === BuiltinTypes.tuple { return .tuple(items) }
            return try vm.call(.object(o.type), [.list(items)])
        }
        if let list = o as? PyList {
            var items: [Value] = []
            for item in list.items { items.append(try inner(vm, item, toDict: toDict, factory: factory)) }
            if o.type === BuiltinTypes.list { return .list(items) }
            return try vm.call(.object(o.type), [.list(items)])
        }
        if let dict = o as? PyDict {
            let result: Value
            if dict.defaultFactory != nil {
                result = try vm.call(.object(o.type), [dict.defaultFactory ?? .none])
            } else {
                result = o.type === BuiltinTypes.dict ? .object(PyDict()) : try vm.call(.object(o.type), [])
            }
            for (key, item) in dict.entries {
                try vm.setItem(result, try inner(vm, key, toDict: toDict, factory: factory),
                               try inner(vm, item, toDict: toDict, factory: factory))
            }
            return result
        }
        return try Copier(vm: vm, deep: true, memo: PyDict()).copy(value)
    }

    /// `replace(obj, /, **changes)`: a new instance through `__init__`.
    static func replace(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        guard args.positional.count == 1 else {
            throw Errors.typeError("replace() takes 1 positional argument but \(args.positional.count) were given")
        }
        let object = args.positional[0]
        guard isInstance(object), let fields = DataclassDecorator.fields(of: object.pyType) else {
            throw Errors.typeError("replace() should be called on dataclass instances")
        }
        var changes = args.keywords
        for field in fields where field.kind != .classVar {
            let given = changes.contains { $0.name == field.fieldName }
            if !field.initializes {
                if given {
                    throw Errors.valueError("field \(field.fieldName) is declared with init=False, it cannot be specified with replace()")
                }
                continue
            }
            if !given {
                if field.kind == .initVar, field.defaultValue == nil {
                    throw Errors.valueError("InitVar \(VM.reprString(field.fieldName)) must be specified with replace()")
                }
                changes.append((field.fieldName, try vm.getAttribute(object, vm.interner.intern(field.fieldName))))
            }
        }
        return try vm.call(.object(object.pyType), Arguments([], keywords: changes))
    }
}
