import PyCompiler

extension VM {
    /// Dunder names a program may read: the data-model methods a user class defines are
    /// allowed through `isAllowedDunder`; everything else that starts and ends with `__`
    /// (`__class__`, `__dict__`, `__globals__`, `__code__`, `__subclasses__` …) is refused,
    /// which closes the classic sandbox escapes.
    static let safeDunders: Set<String> = [
        "__name__", "__qualname__", "__doc__", "__module__", "__cause__", "__context__",
        "__suppress_context__", "__notes__", "__mro__", "__bases__", "__base__", "__wrapped__",
    ]

    /// Whether a dunder attribute may be accessed on `value`.
    func isAllowedDunder(_ name: String, on value: Value) -> Bool {
        if VM.safeDunders.contains(name) { return true }
        // Data-model methods: allowed when defined by a user class (`super().__init__`,
        // `obj.__eq__`), and the common ones of built-in types.
        return VM.dataModelMethods.contains(name)
    }

    static let dataModelMethods: Set<String> = [
        "__init__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
        "__hash__", "__len__", "__iter__", "__next__", "__contains__", "__getitem__", "__setitem__",
        "__delitem__", "__bool__", "__call__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__add__",
        "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__floordiv__", "__mod__",
        "__pow__", "__neg__", "__pos__", "__abs__", "__await__", "__aiter__", "__anext__", "__format__",
        "__post_init__", "__iadd__", "__isub__", "__imul__", "__and__", "__or__", "__xor__", "__rand__",
        "__ror__", "__rxor__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__invert__",
        "__round__", "__int__", "__float__", "__index__", "__setattr__", "__getattr__", "__delattr__",
        "__missing__", "__reversed__", "__lshift__", "__rshift__", "__matmul__",
    ]

    @inline(__always)
    static func isDunder(_ name: String) -> Bool {
        name.hasPrefix("__") && name.hasSuffix("__") && name.utf8.count > 4
    }

    /// `value.name`.
    func getAttribute(_ value: Value, _ name: PyStr) throws(PyError) -> Value {
        let key = name.value
        if VM.isDunder(key), !isAllowedDunder(key, on: value) {
            throw Errors.attributeError("access to attribute '\(key)' is not allowed in the sandbox")
        }
        if let result = try findAttribute(value, name) { return result }
        // `__getattr__` fallback on user classes.
        let type = value.pyType
        if !type.isBuiltin, let getattr = type.lookup("__getattr__") {
            return try call(getattr, [value, .object(name)])
        }
        throw Errors.noAttribute(value, key)
    }

    /// The attribute or `nil` when missing (no `__getattr__`).
    func findAttribute(_ value: Value, _ name: PyStr) throws(PyError) -> Value? {
        if case .object(let o) = value {
            if let type = o as? PyType { return try typeAttribute(type, name) }
            if let module = o as? PyModule { return module.namespace.get(name) }
            if let superObject = o as? PySuper { return try superAttribute(superObject, name) }
            if let special = try specialAttribute(o, name.value) { return special }
        }
        let type = value.pyType
        let classAttribute = type.lookup(name.value)
        // Data descriptors (properties) win over the instance dict.
        if case .object(let d)? = classAttribute, let property = d as? PyProperty {
            if property.getter.isNone { throw Errors.attributeError("property '\(name.value)' of '\(type.name)' object has no getter") }
            return try call(property.getter, [value])
        }
        if case .object(let o) = value, let attributes = o.attributes, let found = attributes.get(name) {
            return found
        }
        guard let attribute = classAttribute else { return nil }
        return bind(attribute, to: value, type: type)
    }

    /// Turns a class attribute into what instance access yields (bound methods etc.).
    func bind(_ attribute: Value, to value: Value, type: PyType) -> Value {
        guard case .object(let a) = attribute else { return attribute }
        if let builtin = a as? PyBuiltinFunction, builtin.isClassMethod {
            return .object(PyBoundMethod(function: attribute, receiver: .object(type)))
        }
        if a is PyFunction || a is PyBuiltinFunction || (a as? PyForwardingCallable)?.bindsAsMethod == true {
            return .object(PyBoundMethod(function: attribute, receiver: value))
        }
        if let wrapper = a as? PyMethodWrapper {
            if wrapper.type === BuiltinTypes.classMethod {
                return .object(PyBoundMethod(function: wrapper.function, receiver: .object(type)))
            }
            return wrapper.function
        }
        return attribute
    }

    private func typeAttribute(_ type: PyType, _ name: PyStr) throws(PyError) -> Value? {
        switch name.value {
        case "__name__": return .str(type.name)
        case "__qualname__": return .str(type.qualifiedName)
        case "__module__": return .str(type.moduleName)
        case "__doc__": return type.lookup("__doc__") ?? Value.none
        case "__mro__": return .tuple(type.mro.map { .object($0) })
        case "__bases__": return .tuple(type.bases.map { .object($0) })
        case "__base__": return type.bases.first.map { .object($0) } ?? Value.none
        case "mro" where type.lookup("mro") == nil:
            return .object(PyBuiltinFunction("mro") { _, _ throws(PyError) in .list(type.mro.map { .object($0) }) })
        default: break
        }
        guard let attribute = type.lookup(name.value) else {
            // Attributes of the metatype (e.g. `int.mro` is not offered; `dict.fromkeys` is in the namespace).
            return nil
        }
        if case .object(let a) = attribute {
            if let wrapper = a as? PyMethodWrapper {
                if wrapper.type === BuiltinTypes.classMethod {
                    return .object(PyBoundMethod(function: wrapper.function, receiver: .object(type)))
                }
                return wrapper.function
            }
            if let builtin = a as? PyBuiltinFunction, builtin.isClassMethod {
                return .object(PyBoundMethod(function: attribute, receiver: .object(type)))
            }
        }
        return attribute
    }

    private func superAttribute(_ superObject: PySuper, _ name: PyStr) throws(PyError) -> Value? {
        let mro = superObject.receiverType.mro
        guard let start = mro.firstIndex(where: { $0 === superObject.startAfter }) else { return nil }
        for type in mro[(start + 1)...] {
            if let attribute = type.namespace[name.value] {
                if case .object(let a) = attribute, let property = a as? PyProperty {
                    return try call(property.getter, [superObject.receiver])
                }
                if case .object(let r) = superObject.receiver, r is PyType {
                    if case .object(let a) = attribute, let wrapper = a as? PyMethodWrapper,
                       wrapper.type === BuiltinTypes.classMethod {
                        return .object(PyBoundMethod(function: wrapper.function, receiver: superObject.receiver))
                    }
                    return attribute
                }
                return bind(attribute, to: superObject.receiver, type: superObject.receiverType)
            }
        }
        return nil
    }

    /// Attributes of built-in objects that are not methods.
    private func specialAttribute(_ o: PyObject, _ name: String) throws(PyError) -> Value? {
        switch o {
        case let e as PyException:
            switch name {
            case "args": return .tuple(e.args)
            case "__cause__": return e.cause.map { .object($0) } ?? Value.none
            case "__context__": return e.context.map { .object($0) } ?? Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            case "value" where e.type.isSubtype(of: ExceptionTypes.stopIteration):
                return e.args.first ?? Value.none
            case "code" where e.type.isSubtype(of: ExceptionTypes.systemExit):
                return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? Value.none : .tuple(e.args))
            case "name" where e.type.isSubtype(of: ExceptionTypes.nameError):
                return e.attributes?.get("name") ?? Value.none
            default: return nil
            }
        case let f as PyFunction:
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.qualifiedName)
            case "__module__": return f.globals.get("__name__") ?? Value.none
            case "__doc__": return f.attributes?.get("__doc__") ?? f.code.docstring.map { .str($0) } ?? Value.none
            default: return f.attributes?.get(name)
            }
        case let b as PyBuiltinFunction:
            if name == "__name__" || name == "__qualname__" { return .str(b.name) }
            return nil
        case let m as PyBoundMethod:
            if name == "__self__" { return m.receiver }
            if name == "__func__" { return m.function }
            if case .object(let f) = m.function { return try specialAttribute(f, name) }
            return nil
        case let r as PyRange:
            switch name {
            case "start": return .int(r.start)
            case "stop": return .int(r.stop)
            case "step": return .int(r.step)
            default: return nil
            }
        case let s as PySlice:
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: return nil
            }
        case let g as PyGenerator:
            if name == "__name__" { return .str(g.name) }
            if name == "__qualname__" { return .str(g.qualifiedName) }
            return nil
        case let p as PyProperty:
            if name == "fget" { return p.getter }
            if name == "fset" { return p.setter }
            return nil
        default:
            if o.type === BuiltinTypes.int || o is PyBigInt {
                if name == "real" || name == "numerator" { return .object(o) }
                if name == "imag" { return .int(0) }
                if name == "denominator" { return .int(1) }
            }
            return nil
        }
    }

    /// `obj.name = value`.
    func setAttribute(_ object: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        let key = name.value
        if VM.isDunder(key), !VM.safeDunders.contains(key) || key == "__class__" {
            throw Errors.attributeError("access to attribute '\(key)' is not allowed in the sandbox")
        }
        guard case .object(let o) = object else { throw Errors.readOnlyAttribute(object, key) }
        if let type = o as? PyType {
            if type.isBuiltin { throw Errors.readOnlyAttribute(object, key) }
            if let setattr = type.type.specialMethod("__setattr__") {
                _ = try call(setattr, [object, .object(name), value])
                return
            }
            type.setAttribute(key, value)
            return
        }
        let type = o.type
        if case .object(let d)? = type.lookup(key), let property = d as? PyProperty {
            if property.setter.isNone { throw Errors.attributeError("property '\(key)' of '\(type.name)' object has no setter") }
            _ = try call(property.setter, [object, value])
            return
        }
        if type.hasSpecialMethods, let setattr = type.specialMethod("__setattr__") {
            _ = try call(setattr, [object, .object(name), value])
            return
        }
        if let f = o as? PyFunction {
            if key == "__name__" || key == "__qualname__" {
                guard case .object(let s) = value, let text = s as? PyStr else {
                    throw Errors.typeError("\(key) must be set to a string object")
                }
                if key == "__name__" { f.name = text.value } else { f.qualifiedName = text.value }
                return
            }
            if f.attributes == nil { f.attributes = PyDict() }
            f.attributes?.set(name, value)
            return
        }
        if let e = o as? PyException, !type.hasInstanceDict || key == "args" || key == "__cause__" {
            switch key {
            case "args": e.args = try collect(value)
            case "__cause__":
                if case .object(let c) = value, let cause = c as? PyException { e.cause = cause } else { e.cause = nil }
                e.suppressContext = true
            default: break
            }
            return
        }
        guard type.hasInstanceDict else { throw Errors.readOnlyAttribute(object, key) }
        if o.attributes == nil { o.attributes = PyDict() }
        try reserveMemory(48)
        o.attributes?.set(name, value)
    }

    /// `del obj.name`.
    func deleteAttribute(_ object: Value, _ name: PyStr) throws(PyError) {
        let key = name.value
        if VM.isDunder(key) { throw Errors.attributeError("access to attribute '\(key)' is not allowed in the sandbox") }
        guard case .object(let o) = object else { throw Errors.noAttribute(object, key) }
        if !(o is PyType), o.type.hasSpecialMethods, let delattr = o.type.specialMethod("__delattr__") {
            _ = try call(delattr, [object, .object(name)])
            return
        }
        if let type = o as? PyType, !type.isBuiltin, type.namespace[key] != nil {
            type.setAttribute(key, nil)
            return
        }
        if case .object(let d)? = o.type.lookup(key), let property = d as? PyProperty, !property.deleter.isNone {
            _ = try call(property.deleter, [object])
            return
        }
        guard let attributes = o.attributes, try attributes.remove(.object(name), vm: self) != nil else {
            throw Errors.noAttribute(object, key)
        }
    }

    /// `loadMethod`: `(function, self)` for a plain method, else `(NULL, attribute)`.
    func loadMethod(_ value: Value, _ name: PyStr) throws(PyError) -> (Value, Value) {
        // Classes, modules and super objects resolve attributes their own way.
        let plainReceiver: Bool
        if case .object(let o) = value {
            plainReceiver = !(o is PyType || o is PyModule || o is PySuper)
        } else {
            plainReceiver = true
        }
        if plainReceiver, let attribute = value.pyType.lookup(name.value), case .object(let a) = attribute,
           a is PyFunction || (a as? PyBuiltinFunction)?.isClassMethod == false {
            if VM.isDunder(name.value), !isAllowedDunder(name.value, on: value) {
                throw Errors.attributeError("access to attribute '\(name.value)' is not allowed in the sandbox")
            }
            // An instance attribute of the same name shadows the method.
            if value.asObject?.attributes?.get(name) == nil { return (attribute, value) }
        }
        return (.object(BuiltinTypes.null), try getAttribute(value, name))
    }

    /// `__enter__`/`__exit__` lookup on the type, bound to the object.
    func lookupSpecial(_ value: Value, _ name: String, missing: String) throws(PyError) -> Value {
        guard let attribute = value.pyType.lookup(name) else {
            throw Errors.typeError("'\(value.typeName)' object does not support \(missing)")
        }
        return bind(attribute, to: value, type: value.pyType)
    }
}
