/// `@dataclass`: collects the fields of a class (its bases' first, then its annotations in
/// order) and adds the methods CPython 3.12's `dataclasses._process_class` would.
struct DataclassOptions {
    var initializer = true, repr = true, eq = true, order = false, unsafeHash = false, frozen = false
    var matchArgs = true, keywordOnly = false

    static let names = ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots",
                        "weakref_slot"]

    init() {}

    init(_ vm: VM, _ keywords: [(name: String, value: Value)]) throws(PyError) {
        for (name, value) in keywords {
            let flag = try vm.isTruthy(value)
            switch name {
            case "init": initializer = flag
            case "repr": repr = flag
            case "eq": eq = flag
            case "order": order = flag
            case "unsafe_hash": unsafeHash = flag
            case "frozen": frozen = flag
            case "match_args": matchArgs = flag
            case "kw_only": keywordOnly = flag
            case "slots", "weakref_slot":
                if flag { throw Errors.typeError("dataclass(\(name)=True) is not supported") }
            default: throw Errors.typeError("dataclass() got an unexpected keyword argument '\(name)'")
            }
        }
    }
}

enum DataclassDecorator {
    /// The class's fields in order, pseudo-fields (`ClassVar`, `InitVar`) included.
    static func fields(of type: PyType) -> [PyDataclassField]? {
        guard case .object(let o)? = type.lookup("__dataclass_fields__"), let dict = o as? PyDict else { return nil }
        return dict.entries.compactMap { $0.value.asObject as? PyDataclassField }
    }

    static func isFrozen(_ type: PyType) -> Bool {
        guard case .object(let o)? = type.lookup("__dataclass_params__"), let params = o as? PyDict,
              case .bool(let frozen)? = params.get("frozen") else { return false }
        return frozen
    }

    /// Whether an annotation names `name` (`ClassVar[int]`, `typing.ClassVar`, …).
    static func isAnnotation(_ text: String, naming name: String, in module: String) -> Bool {
        for prefix in [name, module + "." + name] where text == prefix || text.hasPrefix(prefix + "[") { return true }
        return false
    }

    static func process(_ vm: VM, _ cls: PyType, _ options: DataclassOptions) throws(PyError) -> Value {
        guard !cls.isBuiltin else { throw Errors.typeError("cannot set '__dataclass_fields__' attribute of immutable type '\(cls.name)'") }
        var fields: [(String, PyDataclassField)] = []
        func put(_ field: PyDataclassField) {
            if let index = fields.firstIndex(where: { $0.0 == field.fieldName }) {
                fields[index].1 = field
            } else {
                fields.append((field.fieldName, field))
            }
        }
        var hasDataclassBases = false, anyFrozenBase = false, allFrozenBases = true
        for base in cls.mro.dropFirst().reversed() {
            guard base.namespace["__dataclass_fields__"] != nil, let inherited = DataclassDecorator.fields(of: base) else { continue }
            hasDataclassBases = true
            for field in inherited { put(field) }
            if isFrozen(base) { anyFrozenBase = true } else { allFrozenBases = false }
        }
        var keywordOnlyFromHere = false
        if case .object(let o)? = cls.namespace["__annotations__"], let annotations = o as? PyDict {
            for (key, annotation) in annotations.entries {
                guard case .object(let k) = key, let name = k as? PyStr else { continue }
                let text = (annotation.asObject as? PyStr)?.value ?? ""
                if isAnnotation(text, naming: "KW_ONLY", in: "dataclasses") {
                    if keywordOnlyFromHere {
                        throw Errors.typeError("'\(name.value)' is KW_ONLY, but KW_ONLY has already been specified")
                    }
                    keywordOnlyFromHere = true
                    continue
                }
                put(try makeField(vm, cls, name.value, annotation, text, keywordOnly: options.keywordOnly || keywordOnlyFromHere))
            }
        }
        for (name, value) in cls.namespace {
            if case .object(let o) = value, o is PyDataclassField, !fields.contains(where: { $0.0 == name }) {
                throw Errors.typeError("'\(name)' is a field but has no type annotation")
            }
        }
        if hasDataclassBases {
            if anyFrozenBase, !options.frozen { throw Errors.typeError("cannot inherit non-frozen dataclass from a frozen one") }
            if !allFrozenBases, options.frozen { throw Errors.typeError("cannot inherit frozen dataclass from a non-frozen one") }
        }
        let table = PyDict()
        for (name, field) in fields { table.set(name, .object(field)) }
        cls.setAttribute("__dataclass_fields__", .object(table))
        let params = PyDict()
        for (name, flag) in [("init", options.initializer), ("repr", options.repr), ("eq", options.eq),
                             ("order", options.order), ("unsafe_hash", options.unsafeHash), ("frozen", options.frozen)] {
            params.set(name, .bool(flag))
        }
        cls.setAttribute("__dataclass_params__", .object(params))
        try DataclassMethods.install(vm, cls, fields.map(\.1), options)
        return .object(cls)
    }

    /// The field for one annotated name, its default taken from the class attribute (a
    /// `field()` there is the field itself), with CPython's checks.
    static func makeField(_ vm: VM, _ cls: PyType, _ name: String, _ annotation: Value, _ text: String,
                          keywordOnly: Bool) throws(PyError) -> PyDataclassField {
        let existing = cls.namespace[name]
        let field: PyDataclassField
        if case .object(let o)? = existing, let given = o as? PyDataclassField {
            field = given
            // The class attribute becomes the default, or goes.
            cls.setAttribute(name, field.defaultValue)
        } else {
            field = PyDataclassField(metadata: .object(PyDict()))
            field.defaultValue = existing
        }
        field.name = .str(name)
        field.annotation = annotation
        if isAnnotation(text, naming: "ClassVar", in: "typing") {
            field.kind = .classVar
        } else if isAnnotation(text, naming: "InitVar", in: "dataclasses") {
            field.kind = .initVar
        }
        if field.kind != .field, field.defaultFactory != nil {
            throw Errors.typeError("field \(name) cannot have a default factory")
        }
        if field.kind == .field || field.kind == .initVar {
            if field.keywordOnly == nil { field.keywordOnly = keywordOnly }
        } else if field.keywordOnly == true {
            throw Errors.typeError("field \(name) is a ClassVar but specifies kw_only")
        }
        if field.kind == .field, let value = field.defaultValue, hasUnhashableClass(value) {
            throw Errors.valueError("mutable default \(try vm.repr(.object(value.pyType))) for field \(name) is not allowed: use default_factory")
        }
        return field
    }

    /// `default.__class__.__hash__ is None`: lists, dicts, sets and classes that define
    /// `__eq__` without `__hash__`.
    static func hasUnhashableClass(_ value: Value) -> Bool {
        let type = value.pyType
        if type.hasSpecialMethods, case .some(.none) = type.specialMethod("__hash__") { return true }
        switch type.layout {
        case .list, .dict, .set: return true
        default: return false
        }
    }
}
