import PyCompiler

/// The methods `@dataclass` adds: `__init__`, `__repr__`, `__eq__`, the orderings,
/// `__hash__`, the frozen `__setattr__`/`__delattr__` and `__match_args__`, each behaving as
/// the code CPython 3.12 generates (same messages, same tuple comparisons).
enum DataclassMethods {
    /// The default of a parameter whose field has a `default_factory`.
    nonisolated(unsafe) static let factoryDefault = PyObject(type: BuiltinTypes.object)

    static func install(_ vm: VM, _ cls: PyType, _ fields: [PyDataclassField], _ options: DataclassOptions) throws(PyError) {
        let classHash = cls.namespace["__hash__"]
        let explicitHash = classHash != nil && !(classHash?.isNone == true && cls.namespace["__eq__"] != nil)
        let dataFields = fields.filter { $0.kind == .field }
        func addNew(_ name: String, _ value: Value) {
            if cls.namespace[name] == nil { cls.setAttribute(name, value) }
        }
        if options.initializer { addNew("__init__", try initializer(cls, fields, frozen: options.frozen)) }
        if options.repr { addNew("__repr__", repr(cls, dataFields.filter(\.inRepr))) }
        let compared = dataFields.filter(\.compares)
        if options.eq { addNew("__eq__", comparison(cls, "__eq__", .equal, compared)) }
        if options.order {
            for (name, op) in [("__lt__", CompareOp.less), ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
                if cls.namespace[name] != nil {
                    throw Errors.typeError("Cannot overwrite attribute \(name) in class \(cls.name). Consider using functools.total_ordering")
                }
                cls.setAttribute(name, comparison(cls, name, op, compared))
            }
        }
        if options.frozen {
            let names = Set(dataFields.map(\.fieldName))
            for (name, deleting) in [("__setattr__", false), ("__delattr__", true)] {
                if cls.namespace[name] != nil { throw Errors.typeError("Cannot overwrite attribute \(name) in class \(cls.name)") }
                cls.setAttribute(name, frozenGuard(cls, names, deleting: deleting))
            }
        }
        try installHash(vm, cls, dataFields, options, explicitHash: explicitHash)
        if options.matchArgs {
            let positional = fields.filter { $0.kind != .classVar && $0.initializes && $0.keywordOnly != true }
            addNew("__match_args__", .tuple(positional.map(\.name)))
        }
    }

    /// CPython's `_hash_action` table.
    static func installHash(_ vm: VM, _ cls: PyType, _ fields: [PyDataclassField], _ options: DataclassOptions,
                            explicitHash: Bool) throws(PyError) {
        let add: Bool
        switch (options.unsafeHash, options.eq, options.frozen, explicitHash) {
        case (false, true, false, false):
            cls.setAttribute("__hash__", Value.none)
            return
        case (false, true, true, false): add = true
        case (true, _, _, false): add = true
        case (true, _, _, true): throw Errors.typeError("Cannot overwrite attribute __hash__ in class \(cls.name)")
        default: add = false
        }
        guard add else { return }
        var hashed: [PyDataclassField] = []
        for field in fields where field.hash.isNone ? field.compares : try vm.isTruthy(field.hash) { hashed.append(field) }
        cls.setAttribute("__hash__", .object(PyBuiltinFunction("__hash__", owner: cls.name) { vm, args throws(PyError) in
            .int(try vm.hash(try values(vm, args.positional[0], hashed)))
        }))
    }

    /// `(self.a, self.b, …)`.
    static func values(_ vm: VM, _ object: Value, _ fields: [PyDataclassField]) throws(PyError) -> Value {
        var items: [Value] = []
        for field in fields { items.append(try vm.getAttribute(object, vm.interner.intern(field.fieldName))) }
        return .tuple(items)
    }

    /// `__init__(self, a, b=default, *, c=…)`: assigns every field, calls a factory per
    /// instance, then `__post_init__` with the `InitVar`s.
    static func initializer(_ cls: PyType, _ fields: [PyDataclassField], frozen: Bool) throws(PyError) -> Value {
        let parameters = fields.filter { $0.kind != .classVar && $0.initializes }
        let positional = parameters.filter { $0.keywordOnly != true }
        let keywordOnly = parameters.filter { $0.keywordOnly == true }
        var seenDefault = false
        for field in positional {
            if field.hasDefault {
                seenDefault = true
            } else if seenDefault {
                throw Errors.typeError("non-default argument '\(field.fieldName)' follows default argument")
            }
        }
        func defaultArgument(_ field: PyDataclassField) -> Value? {
            field.defaultFactory != nil ? .object(factoryDefault) : field.defaultValue
        }
        let signature = Signature(
            name: cls.qualifiedName + ".__init__", positional: positional.map(\.fieldName),
            defaults: positional.compactMap(defaultArgument),
            keywordOnly: keywordOnly.map { ($0.fieldName, defaultArgument($0)) })
        let order = positional + keywordOnly
        let postInit = cls.lookup("__post_init__") != nil
        return .object(PyBuiltinFunction("__init__", owner: cls.name) { vm, args throws(PyError) in
            let bound = try signature.bind(args)
            let instance = args.positional[0]
            var initVars: [Value] = []
            for field in fields where field.kind != .classVar {
                var value: Value
                if let index = order.firstIndex(where: { $0 === field }) {
                    value = bound[index]
                    if case .object(let o) = value, o === factoryDefault, let factory = field.defaultFactory {
                        value = try vm.call(factory, [])
                    }
                } else if let factory = field.defaultFactory {
                    value = try vm.call(factory, [])
                } else {
                    continue
                }
                if field.kind == .initVar {
                    initVars.append(value)
                    continue
                }
                try assign(vm, instance, field.fieldName, value, frozen: frozen)
            }
            if postInit { _ = try vm.callMethod(instance, "__post_init__", initVars) }
            return .none
        })
    }

    /// `self.name = value`, or `object.__setattr__(self, name, value)` when frozen.
    static func assign(_ vm: VM, _ instance: Value, _ name: String, _ value: Value, frozen: Bool) throws(PyError) {
        guard frozen, case .object(let o) = instance, o.type.hasInstanceDict else {
            try vm.setAttribute(instance, vm.interner.intern(name), value)
            return
        }
        if o.attributes == nil { o.attributes = PyDict() }
        o.attributes?.set(vm.interner.intern(name), value)
    }

    /// `__repr__`: `Point(x=1, y=2)`, with `...` where an object recurs.
    static func repr(_ cls: PyType, _ fields: [PyDataclassField]) -> Value {
        .object(PyBuiltinFunction("__repr__", owner: cls.name) { vm, args throws(PyError) in
            let instance = args.positional[0]
            guard case .object(let o) = instance else { return .str(try vm.repr(instance)) }
            return .str(try vm.guardedRepr(o, "...") { () throws(PyError) in
                var parts: [String] = []
                for field in fields {
                    let value = try vm.getAttribute(instance, vm.interner.intern(field.fieldName))
                    parts.append(field.fieldName + "=" + (try vm.repr(value)))
                }
                return o.type.qualifiedName + "(" + parts.joined(separator: ", ") + ")"
            })
        })
    }

    /// `__eq__`/`__lt__`…: the fields as tuples when both are of the same class.
    static func comparison(_ cls: PyType, _ name: String, _ op: CompareOp, _ fields: [PyDataclassField]) -> Value {
        .object(PyBuiltinFunction(name, owner: cls.name) { vm, args throws(PyError) in
            try args.expect(name, min: 2, max: 2)
            let (this, other) = (args.positional[0], args.positional[1])
            guard this.pyType === other.pyType else { return notImplemented }
            return try vm.compareOperation(op, try values(vm, this, fields), try values(vm, other, fields))
        })
    }

    /// A frozen class's `__setattr__`/`__delattr__`: fields (and anything on the class
    /// itself) cannot change.
    static func frozenGuard(_ cls: PyType, _ names: Set<String>, deleting: Bool) -> Value {
        .object(PyBuiltinFunction(deleting ? "__delattr__" : "__setattr__", owner: cls.name) { vm, args throws(PyError) in
            try args.expect(deleting ? "__delattr__" : "__setattr__", min: deleting ? 2 : 3, max: deleting ? 2 : 3)
            let instance = args.positional[0]
            let name = try BuiltinModule.attributeName(args.positional[1])
            if instance.pyType === cls || names.contains(name.value) {
                throw Errors.make(DataclassesModule.frozenInstanceError,
                                  "cannot \(deleting ? "delete" : "assign to") field \(VM.reprString(name.value))")
            }
            guard case .object(let o) = instance, o.type.hasInstanceDict else { throw Errors.noAttribute(instance, name.value) }
            if deleting {
                guard try o.attributes?.remove(.object(name), vm: vm) != nil else { throw Errors.noAttribute(instance, name.value) }
            } else {
                if o.attributes == nil { o.attributes = PyDict() }
                o.attributes?.set(name, args.positional[2])
            }
            return .none
        })
    }
}
