extension VM {
    /// `format(value, spec)`: `__format__` of user classes, else the built-in mini-language.
    func format(_ value: Value, spec: String) throws(PyError) -> String {
        if case .object(let o) = value, !o.type.isBuiltin, let method = o.type.lookup("__format__"),
           !(method.asObject is PyBuiltinFunction) {
            let result = try call(method, [value, .str(spec)])
            guard case .object(let r) = result, let s = r as? PyStr else {
                throw Errors.typeError("__format__ must return a str, not \(result.typeName)")
            }
            return s.value
        }
        if spec.isEmpty { return try str(value) }
        return try InterimFormat.apply(self, value, spec)
    }

    /// `str % args`.
    func percentFormat(_ format: String, _ args: Value) throws(PyError) -> String {
        try InterimFormat.percent(self, format, args)
    }
}
