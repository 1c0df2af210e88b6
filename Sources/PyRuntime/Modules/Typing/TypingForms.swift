/// The objects of `typing` that stand for types: special forms (`Any`, `Optional`,
/// `Union`, `Literal` …), aliases of classes (`List` for `list`) and of abstract protocols
/// (`Iterable`), subscripted or not. They subscript, compare and print as CPython's do, and
/// answer `isinstance` where CPython's can.
final class PyTypingForm: PyObject {
    enum Kind {
        /// `Any`, `Optional`, `Union`, `ClassVar` …: cannot be instantiated or used with
        /// `isinstance`.
        case special
        /// `List`, `Dict` …: an alias of a class.
        case alias(PyType)
        /// `Iterable`, `Mapping` …: an alias of an abstract class, checked structurally.
        case abstract((VM, Value) throws(PyError) -> Bool)
    }

    let name: String
    let kind: Kind
    /// The subscription's arguments (`nil` when not subscripted).
    let arguments: [Value]?
    /// Whether the form takes arguments at all (`Any[int]` is an error).
    let subscriptable: Bool

    /// `typing`, or `collections.abc` for the abstract classes that module offers.
    let moduleName: String

    init(name: String, kind: Kind, arguments: [Value]? = nil, subscriptable: Bool = true, moduleName: String = "typing") {
        self.name = name
        self.kind = kind
        self.arguments = arguments
        self.subscriptable = subscriptable
        self.moduleName = moduleName
        super.init(type: TypingFormClass.type)
    }

    func with(_ arguments: [Value]) -> PyTypingForm {
        PyTypingForm(name: name, kind: kind, arguments: arguments, subscriptable: subscriptable, moduleName: moduleName)
    }

    var origin: PyType? {
        if case .alias(let type) = kind { return type }
        return nil
    }
}

enum TypingFormClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "_SpecialForm", .other, methods: methods, constructor: nil, moduleName: "typing", isCType: false)

    static func receiver(_ args: Arguments, _ name: String) throws(PyError) -> PyTypingForm {
        try args.receiver(PyTypingForm.self, of: type, method: name)
    }

    /// CPython's `_type_repr`: classes by (qualified) name, `...`, else `repr`.
    static func typeRepr(_ vm: VM, _ value: Value) throws(PyError) -> String {
        if case .object(let o) = value {
            if let type = o as? PyType {
                return type.moduleName == "builtins" ? type.qualifiedName : type.moduleName + "." + type.qualifiedName
            }
            if o === BuiltinTypes.ellipsis { return "..." }
            if let function = o as? PyFunction { return function.name }
        }
        return try vm.repr(value)
    }

    static func repr(_ vm: VM, _ form: PyTypingForm) throws(PyError) -> String {
        let abstract = form.moduleName != "typing"
        guard let arguments = form.arguments else {
            return abstract ? "<class '\(form.moduleName).\(form.name)'>" : "typing." + form.name
        }
        let noneType = Value.object(BuiltinTypes.noneType)
        if form.name == "Union", arguments.count == 2, let index = arguments.firstIndex(where: { Value.identical($0, noneType) }) {
            return "typing.Optional[" + (try typeRepr(vm, arguments[1 - index])) + "]"
        }
        var parts: [String] = []
        for argument in arguments {
            if case .object(let o) = argument, let list = o as? PyList {
                var inner: [String] = []
                for item in list.items { inner.append(try typeRepr(vm, item)) }
                parts.append("[" + inner.joined(separator: ", ") + "]")
            } else {
                parts.append(form.name == "Literal" ? try vm.repr(argument) : try typeRepr(vm, argument))
            }
        }
        return form.moduleName + "." + form.name + "[" + parts.joined(separator: ", ") + "]"
    }

    /// `None` in a type means `NoneType`.
    static func normalized(_ value: Value) -> Value {
        value.isNone ? .object(BuiltinTypes.noneType) : value
    }

    /// `Form[parameters]`.
    static func subscripted(_ vm: VM, _ form: PyTypingForm, _ parameters: Value) throws(PyError) -> Value {
        guard form.subscriptable, form.arguments == nil else {
            // `Any` is a class in CPython 3.11+, the others special forms.
            if form.name == "Any" { throw Errors.typeError("type 'Any' is not subscriptable") }
            throw Errors.typeError("\(try repr(vm, form)) is not subscriptable")
        }
        var arguments: [Value]
        if case .object(let o) = parameters, let tuple = o as? PyTuple { arguments = tuple.items } else { arguments = [parameters] }
        switch form.name {
        case "Optional":
            guard arguments.count == 1 else {
                throw Errors.typeError("typing.Optional requires a single type. Got \(try vm.repr(parameters)).")
            }
            return try union(vm, [arguments[0], .none])
        case "Union":
            return try union(vm, arguments)
        case "Literal", "Annotated", "Callable":
            return .object(form.with(arguments))
        default:
            return .object(form.with(arguments.map(normalized)))
        }
    }

    /// `Union[…]`: nested unions flattened, duplicates dropped, one member is itself.
    static func union(_ vm: VM, _ members: [Value]) throws(PyError) -> Value {
        guard !members.isEmpty else { throw Errors.typeError("Cannot take a Union of no types.") }
        var flat: [Value] = []
        let seen = PySet()
        for member in members.map(normalized) {
            let parts: [Value]
            if case .object(let o) = member, let inner = o as? PyTypingForm, inner.name == "Union", let args = inner.arguments {
                parts = args
            } else {
                parts = [member]
            }
            for part in parts where try !seen.contains(part, vm: vm) {
                try seen.add(part, vm: vm)
                flat.append(part)
            }
        }
        if flat.count == 1 { return flat[0] }
        return .object(PyTypingForm(name: "Union", kind: .special, arguments: flat))
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("_SpecialForm", "__repr__") { vm, args throws(PyError) in .str(try repr(vm, try receiver(args, "__repr__"))) },
        method("_SpecialForm", "__getitem__") { vm, args throws(PyError) in
            try args.expectMethod("__getitem__", min: 1, max: 1)
            return try subscripted(vm, try receiver(args, "__getitem__"), args.positional[1])
        },
        method("_SpecialForm", "__call__") { vm, args throws(PyError) in
            let form = try receiver(args, "__call__")
            if let origin = form.origin {
                throw Errors.typeError("Type \(form.name) cannot be instantiated; use \(origin.name)() instead")
            }
            throw Errors.typeError("\(form.arguments == nil ? form.name : try repr(vm, form)) cannot be instantiated")
        },
        method("_SpecialForm", "__instancecheck__") { vm, args throws(PyError) in
            try args.expectMethod("__instancecheck__", min: 1, max: 1)
            let form = try receiver(args, "__instancecheck__")
            if form.arguments != nil {
                throw Errors.typeError("Subscripted generics cannot be used with class and instance checks")
            }
            switch form.kind {
            case .special: throw Errors.typeError("\(try repr(vm, form)) cannot be used with isinstance()")
            case .alias(let type): return .bool(args.positional[1].pyType.isSubtype(of: type))
            case .abstract(let check): return .bool(try check(vm, args.positional[1]))
            }
        },
        method("_SpecialForm", "__eq__") { vm, args throws(PyError) in
            try args.expectMethod("__eq__", min: 1, max: 1)
            let form = try receiver(args, "__eq__")
            guard case .object(let o) = args.positional[1], let other = o as? PyTypingForm else { return notImplemented }
            guard form.name == other.name, (form.arguments == nil) == (other.arguments == nil) else { return .false }
            return try vm.compareOperation(.equal, .tuple(form.arguments ?? []), .tuple(other.arguments ?? []))
        },
        method("_SpecialForm", "__hash__") { vm, args throws(PyError) in
            let form = try receiver(args, "__hash__")
            return .int(try vm.hash(.tuple([.str(form.name), .tuple(form.arguments ?? [])])))
        },
        method("_SpecialForm", "__mro_entries__") { vm, args throws(PyError) in
            let form = try receiver(args, "__mro_entries__")
            guard let origin = form.origin else { throw Errors.typeError("Cannot subclass \(try repr(vm, form))") }
            return .tuple([.object(origin)])
        },
    ])
}
