/// `enum.EnumType`, the metaclass of enumerations: calling a class looks a member up by
/// value (or makes a new enumeration: `Enum('Animal', 'ANT BEE')`), subscripting by name,
/// iterating yields the members, and members cannot be reassigned.
enum EnumTypeClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "EnumType", .type, base: BuiltinTypes.type, methods: methods, constructor: nil, moduleName: "enum", isCType: false)

    static func enumClass(_ args: Arguments, _ name: String) throws(PyError) -> PyType {
        guard case .object(let o)? = args.positional.first, let cls = o as? PyType else {
            throw Errors.descriptorMismatch(name, "EnumType", args.positional.first ?? .none)
        }
        return cls
    }

    /// `Color(value)`: the member with that value, `_missing_`'s answer, or `ValueError`.
    static func lookup(_ vm: VM, _ cls: PyType, _ value: Value) throws(PyError) -> Value {
        if value.pyType === cls { return value }
        if case .object(let o)? = cls.namespace["_value2member_map_"], let values = o as? PyDict,
           (try? vm.hash(value)) != nil, let member = try values.get(value, vm: vm) {
            return member
        }
        for member in EnumBuilder.members(cls) {
            guard case .object(let m) = member else { continue }
            if try vm.equals(m.attributes?.get("_value_") ?? .none, value) { return member }
        }
        if let missing = cls.lookup("_missing_") {
            let function: Value
            if case .object(let w) = missing, let wrapper = w as? PyMethodWrapper { function = wrapper.function } else { function = missing }
            let result = try vm.call(function, [.object(cls), value])
            if result.pyType.isSubtype(of: cls) { return result }
            if !result.isNone {
                throw Errors.typeError("error in \(cls.qualifiedName)._missing_: returned \(try vm.repr(result)) instead of None or a valid member")
            }
        }
        throw Errors.valueError("\(try vm.repr(value)) is not a valid \(cls.qualifiedName)")
    }

    /// `Enum('Animal', 'ANT BEE CAT', start=1)`: names as a string, a list of names, a list
    /// of (name, value) pairs or a mapping.
    static func functional(_ vm: VM, _ cls: PyType, _ className: Value, _ names: Value,
                           _ keywords: [(name: String, value: Value)]) throws(PyError) -> Value {
        var start = Value.int(1)
        var module: Value = .str("__main__")
        for (name, value) in keywords {
            switch name {
            case "start": start = value
            case "module": module = value
            case "qualname", "type", "boundary": break
            default: throw Errors.typeError("EnumType.__call__() got an unexpected keyword argument '\(name)'")
            }
        }
        var entries: [(name: String, value: Value)] = [("__module__", module)]
        var items: [Value]
        if case .object(let o) = names, let text = o as? PyStr {
            items = text.value.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map { .str(String($0)) }
        } else if case .object(let o) = names, let mapping = o as? PyDict {
            items = mapping.entries.map { .tuple([$0.key, $0.value]) }
        } else {
            items = try vm.collect(names)
        }
        var count = 0
        for item in items {
            if case .object(let o) = item, let name = o as? PyStr {
                entries.append((name.value, try vm.binaryOperation(.add, start, .int(count))))
            } else {
                let pair = try vm.unpack(item, count: 2)
                entries.append((try vm.str(pair[0]), pair[1]))
            }
            count += 1
        }
        return try EnumBuilder.build(vm, try vm.str(className), [cls], entries, [])
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("EnumType", "__call__") { vm, args throws(PyError) in
            let cls = try enumClass(args, "__call__")
            let given = Array(args.positional.dropFirst())
            if given.count >= 2 || (given.count == 1 && args.keywords.contains { $0.name == "names" }) {
                let names = given.count >= 2 ? given[1] : args.keyword("names") ?? .none
                return try functional(vm, cls, given[0], names, args.keywords.filter { $0.name != "names" })
            }
            guard given.count == 1, args.keywords.isEmpty else {
                throw Errors.typeError("EnumType.__call__() missing 1 required positional argument: 'value'")
            }
            return try lookup(vm, cls, given[0])
        },
        method("EnumType", "__getitem__") { vm, args throws(PyError) in
            try args.expectMethod("__getitem__", min: 1, max: 1)
            let cls = try enumClass(args, "__getitem__")
            guard let map = EnumBuilder.memberMap(cls), let member = try map.get(args.positional[1], vm: vm) else {
                throw Errors.keyError(args.positional[1])
            }
            return member
        },
        method("EnumType", "__iter__") { vm, args throws(PyError) in
            .object(ArrayIterator(EnumBuilder.members(try enumClass(args, "__iter__"))))
        },
        method("EnumType", "__reversed__") { vm, args throws(PyError) in
            .object(ArrayIterator(EnumBuilder.members(try enumClass(args, "__reversed__")).reversed()))
        },
        method("EnumType", "__len__") { vm, args throws(PyError) in
            .int(EnumBuilder.members(try enumClass(args, "__len__")).count)
        },
        method("EnumType", "__bool__") { vm, args throws(PyError) in .true },
        method("EnumType", "__contains__") { vm, args throws(PyError) in
            try args.expectMethod("__contains__", min: 1, max: 1)
            let cls = try enumClass(args, "__contains__")
            let value = args.positional[1]
            if value.pyType.isSubtype(of: cls) { return .true }
            for member in EnumBuilder.members(cls) {
                guard case .object(let m) = member else { continue }
                if try vm.equals(m.attributes?.get("_value_") ?? .none, value) { return .true }
            }
            return .false
        },
        method("EnumType", "__repr__") { vm, args throws(PyError) in
            .str("<enum '\(try enumClass(args, "__repr__").name)'>")
        },
        method("EnumType", "__setattr__") { vm, args throws(PyError) in
            try args.expectMethod("__setattr__", min: 2, max: 2)
            let cls = try enumClass(args, "__setattr__")
            let name = try BuiltinModule.attributeName(args.positional[1])
            if EnumBuilder.memberMap(cls)?.get(name) != nil {
                throw Errors.attributeError("cannot reassign member \(VM.reprString(name.value))")
            }
            cls.setAttribute(name.value, args.positional[2])
            return .none
        },
    ])
}
