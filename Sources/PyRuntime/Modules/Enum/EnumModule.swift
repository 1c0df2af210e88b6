/// The `enum` module: `Enum`, `IntEnum`, `StrEnum`, `auto`, `unique` and the `EnumType`
/// metaclass (CPython 3.12's behaviour; no `Flag`/`IntFlag`).
enum EnumModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("enum"))
        namespace.set("Enum", .object(EnumClasses.enumType))
        namespace.set("IntEnum", .object(EnumClasses.intEnumType))
        namespace.set("StrEnum", .object(EnumClasses.strEnumType))
        namespace.set("ReprEnum", .object(EnumClasses.reprEnumType))
        namespace.set("EnumType", .object(EnumTypeClass.type))
        namespace.set("EnumMeta", .object(EnumTypeClass.type))
        namespace.set("auto", .object(EnumClasses.autoType))
        namespace.set("unique", .object(PyBuiltinFunction("unique", unique)))
        return PyModule(name: "enum", namespace: namespace)
    }

    /// `@unique`: refuses aliases (`duplicate values found in <enum 'D'>: B -> A`).
    static func unique(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let target = try Signature(name: "unique", positional: ["enumeration"]).bind(args, hasSelf: false)[0]
        guard case .object(let o) = target, let cls = o as? PyType, let map = EnumBuilder.memberMap(cls) else { return target }
        var duplicates: [String] = []
        for (key, member) in map.entries {
            guard let name = (key.asObject as? PyStr)?.value, let canonical = EnumBuilder.name(of: member) else { continue }
            if canonical != name { duplicates.append("\(name) -> \(canonical)") }
        }
        if !duplicates.isEmpty {
            throw Errors.valueError("duplicate values found in \(try vm.repr(target)): \(duplicates.joined(separator: ", "))")
        }
        return target
    }
}

/// The base classes, whose methods members use.
enum EnumClasses {
    static func member(_ args: Arguments, _ name: String) throws(PyError) -> PyObject {
        guard case .object(let o)? = args.positional.first, o.type.isSubtype(of: enumType) else {
            throw Errors.descriptorMismatch(name, "Enum", args.positional.first ?? .none)
        }
        return o
    }

    static func attribute(_ o: PyObject, _ name: String) -> Value { o.attributes?.get(name) ?? .none }

    static func property(_ name: String, _ key: String) -> (String, Value) {
        let setter = PyBuiltinFunction(name) { _, _ throws(PyError) in
            throw Errors.attributeError("<enum 'Enum'> cannot set attribute '\(name)'")
        }
        return (name, .object(PyProperty(getter: .object(PyBuiltinFunction(name) { vm, args throws(PyError) in
            attribute(try member(args, name), key)
        }), setter: .object(setter))))
    }

    /// A base class of the module: shared like a built-in type, with `EnumType` as its
    /// metaclass (so `Enum('Animal', 'ANT BEE')` works) and members made by `EnumBuilder`.
    static func base(_ name: String, _ bases: [PyType], _ layout: ObjectLayout, _ methods: [String: Value]) -> PyType {
        let type = PyType(name: name, moduleName: "enum", metatype: EnumTypeClass.type, bases: bases, namespace: methods,
                          layout: layout, hasInstanceDict: false, isBuiltin: true, isModuleClass: true)
        type.subclassBuilder = EnumBuilder.build
        return type
    }

    /// The member as its data type shows it (`IntEnum`'s int, `StrEnum`'s str).
    static func plainValue(_ o: PyObject) -> Value {
        if let big = o as? PyBigInt { return PyBigInt.value(big.value) }
        if let text = o as? PyStr { return .str(text.value) }
        return attribute(o, "_value_")
    }

    nonisolated(unsafe) static let enumType: PyType = base("Enum", [BuiltinTypes.object], .object, methodTable([
            property("name", "_name_"), property("value", "_value_"),
            method("Enum", "__repr__") { vm, args throws(PyError) in
                let o = try member(args, "__repr__")
                let value = o is PyBigInt || o is PyStr ? plainValue(o) : attribute(o, "_value_")
                return .str("<\(o.type.name).\(try vm.str(attribute(o, "_name_"))): \(try vm.repr(value))>")
            },
            method("Enum", "__str__") { vm, args throws(PyError) in
                let o = try member(args, "__str__")
                return .str("\(o.type.name).\(try vm.str(attribute(o, "_name_")))")
            },
            method("Enum", "__format__") { vm, args throws(PyError) in
                try args.expectMethod("__format__", min: 1, max: 1)
                let text = try vm.str(args.positional[0])
                return .str(try vm.format(.str(text), spec: try vm.strArgument(args.positional[1], "format spec").value))
            },
            method("Enum", "__hash__") { vm, args throws(PyError) in
                .int(try vm.hash(attribute(try member(args, "__hash__"), "_name_")))
            },
            method("Enum", "__copy__") { vm, args throws(PyError) in .object(try member(args, "__copy__")) },
            method("Enum", "__deepcopy__") { vm, args throws(PyError) in .object(try member(args, "__deepcopy__")) },
            classMethod("Enum", "_missing_") { vm, args throws(PyError) in .none },
        ]))

    /// `ReprEnum`: `str()` and `format()` show the value as its data type would.
    nonisolated(unsafe) static let reprEnumType: PyType = base("ReprEnum", [enumType], .object, methodTable([
            method("ReprEnum", "__str__") { vm, args throws(PyError) in .str(try vm.str(plainValue(try member(args, "__str__")))) },
            method("ReprEnum", "__format__") { vm, args throws(PyError) in
                try args.expectMethod("__format__", min: 1, max: 1)
                let spec = try vm.strArgument(args.positional[1], "format spec").value
                return .str(try vm.format(plainValue(try member(args, "__format__")), spec: spec))
            },
        ]))

    /// `IntEnum`/`StrEnum`: a data type and `ReprEnum`, with the display methods placed on the
    /// class itself so the data type's do not win (as `EnumType.__new__` places them).
    static func mixin(_ name: String, _ data: PyType, _ layout: ObjectLayout) -> PyType {
        var namespace: [String: Value] = [:]
        for key in ["__repr__", "__str__", "__format__"] { namespace[key] = reprEnumType.lookup(key) }
        return base(name, [data, reprEnumType], layout, namespace)
    }

    nonisolated(unsafe) static let intEnumType = mixin("IntEnum", BuiltinTypes.int, .int)
    nonisolated(unsafe) static let strEnumType = mixin("StrEnum", BuiltinTypes.str, .str)

    /// `auto()`: a placeholder the class statement replaces with the next value.
    nonisolated(unsafe) static let autoType = BuiltinTypes.makeModuleClass(
        "auto", .other, methods: [:], constructor: { vm, type, args throws(PyError) in
            try args.expect("auto", min: 0, max: 0)
            return .object(PyObject(type: type))
        }, moduleName: "enum", isCType: false)
}
