/// Makes the class of a class statement deriving from `Enum`: its members (one instance per
/// name, aliases for repeated values, `auto()` values), in definition order.
enum EnumBuilder {
    static func memberMap(_ cls: PyType) -> PyDict? {
        guard case .object(let o)? = cls.namespace["_member_map_"] else { return nil }
        return o as? PyDict
    }

    static func memberNames(_ cls: PyType) -> [Value] {
        guard case .object(let o)? = cls.namespace["_member_names_"], let list = o as? PyList else { return [] }
        return list.items
    }

    static func name(of member: Value) -> String? {
        guard case .object(let o) = member, case .object(let n)? = o.attributes?.get("_name_") else { return nil }
        return (n as? PyStr)?.value
    }

    /// The members in definition order (aliases excluded).
    static func members(_ cls: PyType) -> [Value] {
        guard let map = memberMap(cls) else { return [] }
        return memberNames(cls).compactMap { name in (name.asObject as? PyStr).flatMap { map.get($0) } }
    }

    /// Whether a class-body name and value make a member: not a dunder, sunder or private
    /// name, and not a function, property or other descriptor.
    static func isMember(_ name: String, _ value: Value, className: String) -> Bool {
        if name.hasPrefix("__") && name.hasSuffix("__") { return false }
        if name.count > 2, name.hasPrefix("_"), name.hasSuffix("_") { return false }
        if name.hasPrefix("_\(className)__") { return false }
        guard case .object(let o) = value else { return true }
        return !(o is PyFunction || o is PyBuiltinFunction || o is PyMethodWrapper || o is PyProperty || o is PyType)
    }

    static func build(_ vm: VM, _ name: String, _ bases: [PyType], _ entries: [(name: String, value: Value)],
                      _ keywords: [(name: String, value: Value)]) throws(PyError) -> Value {
        for base in bases where base.isSubtype(of: EnumClasses.enumType) && !members(base).isEmpty {
            throw Errors.typeError("<enum '\(name)'> cannot extend \(try vm.repr(.object(base)))")
        }
        var namespace: [String: Value] = [:]
        var memberEntries: [(String, Value)] = []
        for (key, value) in entries {
            if isMember(key, value, className: name) { memberEntries.append((key, value)) } else { namespace[key] = value }
        }
        let qualified = (namespace["__qualname__"]?.asObject as? PyStr)?.value ?? name
        let module = (namespace["__module__"]?.asObject as? PyStr)?.value ?? "__main__"
        namespace["__qualname__"] = nil
        let firstEnum = bases.first { $0.isSubtype(of: EnumClasses.enumType) } ?? EnumClasses.enumType
        for key in ["__repr__", "__str__", "__format__"] where namespace[key] == nil {
            namespace[key] = firstEnum.lookup(key)
        }
        guard let mro = PyType.linearize(bases: bases) else {
            throw Errors.typeError("Cannot create a consistent method resolution order (MRO)")
        }
        let layout = mro.first(where: { $0.isBuiltin && $0.layout != .object })?.layout ?? .object
        let cls = PyType(name: name, qualifiedName: qualified, moduleName: module, metatype: EnumTypeClass.type,
                         bases: bases, mro: mro, namespace: namespace, layout: layout, hasInstanceDict: true,
                         isBuiltin: false)
        let map = PyDict(), values = PyDict()
        var names: [Value] = []
        var created: [(value: Value, member: Value)] = []
        // The largest value so far (while all compare), for `auto()` without sorting each time.
        var largest: Value?
        var comparable = true
        for (memberName, raw) in memberEntries {
            try vm.tick()
            var lastValues: [Value] { created.map(\.value) }
            let value = isAuto(raw)
                ? try valueOf(vm, cls, memberName, lastValues, final: created.last?.value, largest: comparable ? largest : nil)
                : raw
            if comparable {
                if let current = largest {
                    do throws(PyError) {
                        if try vm.isTruthy(try vm.compareOperation(.less, current, value)) { largest = value }
                    } catch {
                        comparable = false
                    }
                } else {
                    largest = value
                }
            }
            // A hashable value is looked up, others compared with each member (as CPython does).
            var member: Value?
            if (try? vm.hash(value)) != nil {
                member = try values.get(value, vm: vm)
            } else {
                for existing in created where try vm.equals(existing.value, value) {
                    member = existing.member
                    break
                }
            }
            if member == nil {
                let made = try makeMember(vm, cls, layout, memberName, value)
                created.append((value, made))
                names.append(.str(memberName))
                if (try? vm.hash(value)) != nil { try values.set(value, made, vm: vm) }
                member = made
            }
            let resolved = member ?? .none
            map.set(memberName, resolved)
            cls.setAttribute(memberName, resolved)
        }
        cls.setAttribute("_member_names_", .list(names))
        cls.setAttribute("_member_map_", .object(map))
        cls.setAttribute("_value2member_map_", .object(values))
        return .object(cls)
    }

    /// The member's value: the class-body value, or for `auto()` the next one
    /// (`_generate_next_value_`: 1, then the last value + 1; `StrEnum`: the name lower-cased).
    static func isAuto(_ value: Value) -> Bool {
        if case .object(let o) = value { return o.type === EnumClasses.autoType }
        return false
    }

    static func valueOf(_ vm: VM, _ cls: PyType, _ name: String, _ last: @autoclosure () -> [Value],
                        final: Value?, largest: Value?) throws(PyError) -> Value {
        if let generate = cls.lookup("_generate_next_value_") {
            let function: Value
            if case .object(let w) = generate, let wrapper = w as? PyMethodWrapper { function = wrapper.function } else { function = generate }
            let values = last()
            return try vm.call(function, [.str(name), .int(1), .int(values.count), .list(values)])
        }
        if cls.isSubtype(of: EnumClasses.strEnumType) { return .str(name.lowercased()) }
        guard let final else { return .int(1) }
        if let largest, try vm.equals(largest, final) {
            return try vm.binaryOperation(.add, final, .int(1))
        }
        for value in last().reversed() {
            if let next = try? vm.binaryOperation(.add, value, .int(1)) { return next }
        }
        return .int(1)
    }

    /// One member: an instance of the class holding `value` as its data type requires, with
    /// `_value_` and `_name_`, then the class's own `__init__` run on the value.
    static func makeMember(_ vm: VM, _ cls: PyType, _ layout: ObjectLayout, _ name: String,
                           _ value: Value) throws(PyError) -> Value {
        let arguments: [Value]
        if case .object(let o) = value, let tuple = o as? PyTuple, o.type === BuiltinTypes.tuple { arguments = tuple.items } else {
            arguments = [value]
        }
        let member: PyObject
        switch layout {
        case .int:
            guard case .object(let o) = try IntMethods.construct(vm, cls, Arguments(arguments)) else { return .none }
            member = o
        case .str:
            if cls.isSubtype(of: EnumClasses.strEnumType) {
                guard case .object(let o) = value, o is PyStr else { throw Errors.typeError("\(try vm.repr(value)) is not a string") }
            }
            member = PyStr(try vm.str(arguments.first ?? value), type: cls)
        default:
            member = PyObject(type: cls)
        }
        let attributes = PyDict()
        attributes.set("_value_", value)
        attributes.set("_name_", .str(name))
        member.attributes = attributes
        if let initializer = cls.specialMethod("__init__"), case .object(let f) = initializer, !(f is PyBuiltinFunction) {
            _ = try vm.call(initializer, [.object(member)] + arguments)
        }
        return .object(member)
    }
}
