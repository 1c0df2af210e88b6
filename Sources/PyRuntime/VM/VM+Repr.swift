import PyFormat



extension VM {
    /// `repr(value)`.
    func repr(_ value: Value) throws(PyError) -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatRepr.repr(d)
        case .object(let o): return try nested { () throws(PyError) in try reprObject(o, value) }
        }
    }

    /// `str(value)`.
    func str(_ value: Value) throws(PyError) -> String {
        if case .object(let o) = value {
            if let s = o as? PyStr { return s.value }
            if o.type.hasSpecialMethods, let method = o.type.specialMethod("__str__") {
                return try stringResult(try call(method, [value]), "__str__")
            }
            if let e = o as? PyException { return try exceptionMessage(e) }
        }
        return try repr(value)
    }

    /// `str(exception)`: the message line after the class name in a traceback.
    func exceptionMessage(_ e: PyException) throws(PyError) -> String {
        if e.type.hasSpecialMethods, let method = e.type.specialMethod("__str__") {
            return try stringResult(try call(method, [.object(e)]), "__str__")
        }
        switch e.args.count {
        case 0: return ""
        case 1:
            if e.type.isSubtype(of: ExceptionTypes.keyError) { return try repr(e.args[0]) }
            return try str(e.args[0])
        default: return try repr(.tuple(e.args))
        }
    }

    private func stringResult(_ value: Value, _ method: String) throws(PyError) -> String {
        guard case .object(let o) = value, let s = o as? PyStr else {
            throw Errors.typeError("\(method) returned non-string (type \(value.typeName))")
        }
        return s.value
    }

    private func reprObject(_ o: PyObject, _ value: Value) throws(PyError) -> String {
        if o.type.hasSpecialMethods, let method = o.type.specialMethod("__repr__") {
            return try stringResult(try call(method, [value]), "__repr__")
        }
        switch o {
        case let s as PyStr: return VM.reprString(s.value)
        case let b as PyBigInt: return try integerString(b)
        case let list as PyList:
            return try guardedRepr(o, "[...]") { () throws(PyError) in "[" + (try joinedReprs(list.items)) + "]" }
        case let tuple as PyTuple:
            if tuple.items.count == 1 { return "(" + (try repr(tuple.items[0])) + ",)" }
            return try guardedRepr(o, "(...)") { () throws(PyError) in "(" + (try joinedReprs(tuple.items)) + ")" }
        case let dict as PyDict: return try dictRepr(dict)
        case let set as PySet:
            let name = set.type.name
            if set.count == 0 { return name + "()" }
            let body = "{" + (try joinedReprs(set.elements)) + "}"
            return set.isFrozen || !set.type.isBuiltin ? "\(name)(\(body))" : body
        case let e as PyException:
            let args = e.args.count == 1 ? "(" + (try repr(e.args[0])) + ")" : try repr(.tuple(e.args))
            return e.type.name + args
        case let type as PyType:
            return type.moduleName == "builtins" ? "<class '\(type.name)'>" : "<class '\(type.moduleName).\(type.qualifiedName)'>"
        case let range as PyRange:
            return range.step == 1 ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
        case let slice as PySlice:
            return "slice(\(try repr(slice.start)), \(try repr(slice.stop)), \(try repr(slice.step)))"
        case let view as PyDictView:
            return view.type.name + "(" + (try repr(.list(try collect(value)))) + ")"
        case let f as PyFunction: return "<function \(f.qualifiedName) at \(address(o))>"
        case let b as PyBuiltinFunction:
            if let owner = b.ownerName { return "<built-in method \(b.name) of \(owner) object at \(address(o))>" }
            return "<built-in function \(b.name)>"
        case let m as PyBoundMethod:
            let name: String
            if case .object(let f) = m.function, let function = f as? PyFunction { name = function.qualifiedName } else {
                name = (m.function.asObject as? PyBuiltinFunction)?.name ?? "?"
            }
            return "<bound method \(name) of \(try repr(m.receiver))>"
        case let module as PyModule: return "<module '\(module.name)'>"
        case let g as PyGenerator:
            return "<\(g.isCoroutine ? "coroutine" : "generator") object \(g.qualifiedName) at \(address(o))>"
        case let singleton as PySingleton: return singleton.name
        case let bytes as PyBytes: return VM.reprBytes(bytes.bytes)
        default:
            return "<\(o.type.moduleName == "builtins" ? "" : o.type.moduleName + ".")\(o.type.qualifiedName) object at \(address(o))>"
        }
    }

    /// The repr of a dict's entries, `{'a': 1}`, whatever the dict's class (module classes
    /// wrap it: `defaultdict(<class 'list'>, {'a': 1})`).
    func dictRepr(_ dict: PyDict) throws(PyError) -> String {
        try guardedRepr(dict, "{...}") { () throws(PyError) in
            var parts: [String] = []
            for (key, value) in dict.entries { parts.append(try repr(key) + ": " + (try repr(value))) }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    /// The reprs of `items`, comma-separated.
    func joinedReprs(_ items: [Value]) throws(PyError) -> String {
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for item in items { parts.append(try repr(item)) }
        return parts.joined(separator: ", ")
    }

    /// Repr of a container that may contain itself: `placeholder` where it recurs.
    func guardedRepr(_ o: PyObject, _ placeholder: String,
                             _ body: () throws(PyError) -> String) throws(PyError) -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }

    func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16).leftPadded(to: 12)
    }

    /// CPython's `repr(str)`: quote choice and escapes.
    static func reprString(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar == quote.unicodeScalars.first! {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's `str.isprintable()` for one code point (approximated by Unicode categories).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func reprBytes(_ bytes: [UInt8]) -> String {
        let useDouble = bytes.contains(0x27) && !bytes.contains(0x22)
        var out = useDouble ? "b\"" : "b'"
        for b in bytes {
            switch b {
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x27 where !useDouble: out += "\\'"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "\\x" + String(b, radix: 16).leftPadded(to: 2)
            }
        }
        out += useDouble ? "\"" : "'"
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
