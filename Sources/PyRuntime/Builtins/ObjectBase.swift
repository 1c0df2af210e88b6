/// `object`: the base every class inherits, so `super().__init__()` and
/// `object.__setattr__(self, …)` work from user classes.
enum ObjectMethods {
    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        guard args.positional.isEmpty, args.keywords.isEmpty else { throw Errors.typeError("object() takes no arguments") }
        return .object(PyObject(type: type))
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("object", "__init__") { vm, args throws(PyError) in .none },
        method("object", "__setattr__") { vm, args throws(PyError) in
            guard args.positional.count == 3, case .object(let o) = args.positional[0] else {
                throw Errors.typeError("expected 2 arguments")
            }
            let name = try BuiltinModule.attributeName(args.positional[1])
            guard o.type.hasInstanceDict else { throw Errors.noAttribute(args.positional[0], name.value) }
            if o.attributes == nil { o.attributes = PyDict() }
            o.attributes?.set(name, args.positional[2])
            return .none
        },
        method("object", "__repr__") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0] else { return .str(try vm.repr(args.positional[0])) }
            let type = o.type
            return .str("<\(type.moduleName == "builtins" ? "" : type.moduleName + ".")\(type.qualifiedName) object at \(vm.address(o))>")
        },
        method("object", "__str__") { vm, args throws(PyError) in .str(try vm.repr(args.positional[0])) },
        method("object", "__eq__") { vm, args throws(PyError) in
            Value.identical(args.positional[0], args.positional[1]) ? .true : .object(BuiltinTypes.notImplemented)
        },
        method("object", "__ne__") { vm, args throws(PyError) in
            .bool(!Value.identical(args.positional[0], args.positional[1]))
        },
        method("object", "__hash__") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0] else { return .int(try vm.hash(args.positional[0])) }
            return .int(VM.identityHash(o))
        },
    ])
}
