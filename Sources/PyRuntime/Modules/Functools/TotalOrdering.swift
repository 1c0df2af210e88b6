import PyCompiler

/// `functools.total_ordering`: a class decorator filling in the comparison methods a class
/// lacks from the one it defines (CPython's `_convert` table, same results and operand
/// handling, `NotImplemented` passed through).
enum TotalOrdering {
    /// How a missing method derives from a defined one: `negate` the root's result, then
    /// combine it with `==` (`or`), with `!=` (`and`), or not at all.
    enum Combine { case none, orEqual, andNotEqual }
    typealias Rule = (name: String, negate: Bool, combine: Combine)

    /// For each root method, the methods derived from it.
    static let rules: [String: [Rule]] = [
        "__lt__": [("__gt__", true, .andNotEqual), ("__le__", false, .orEqual), ("__ge__", true, .none)],
        "__le__": [("__ge__", true, .orEqual), ("__lt__", false, .andNotEqual), ("__gt__", true, .none)],
        "__gt__": [("__lt__", true, .andNotEqual), ("__ge__", false, .orEqual), ("__le__", true, .none)],
        "__ge__": [("__le__", true, .orEqual), ("__gt__", false, .andNotEqual), ("__lt__", true, .none)],
    ]

    static func totalOrdering(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("total_ordering", min: 1, max: 1)
        guard case .object(let o) = args.positional[0], let cls = o as? PyType else {
            throw Errors.attributeError("'\(args.positional[0].typeName)' object has no attribute '__lt__'")
        }
        let object = BuiltinTypes.object
        let roots = rules.keys.filter { name in
            guard let defined = cls.lookup(name) else { return false }
            return !Value.identical(defined, object.lookup(name) ?? .none)
        }
        // CPython takes max() of the names: __lt__ > __le__ > __gt__ > __ge__.
        guard let root = roots.max() else {
            throw Errors.valueError("must define at least one ordering operation: < > <= >=")
        }
        guard !cls.isBuiltin else { throw Errors.typeError("cannot set attributes of built-in type '\(cls.name)'") }
        for rule in rules[root] ?? [] where !roots.contains(rule.name) {
            cls.setAttribute(rule.name, derived(rule, from: root))
        }
        return args.positional[0]
    }

    static func derived(_ rule: Rule, from root: String) -> Value {
        .object(PyBuiltinFunction(rule.name) { vm, args throws(PyError) in
            try args.expect(rule.name, min: 2, max: 2)
            let (this, other) = (args.positional[0], args.positional[1])
            guard let method = this.pyType.lookup(root) else { return notImplemented }
            let result = try vm.call(method, [this, other])
            if vm.isNotImplemented(result) { return result }
            let value: Value = rule.negate ? .bool(try !vm.isTruthy(result)) : result
            switch rule.combine {
            case .none:
                return value
            case .orEqual:
                if try vm.isTruthy(value) { return value }
                return try vm.compareOperation(.equal, this, other)
            case .andNotEqual:
                if try !vm.isTruthy(value) { return value }
                return try vm.compareOperation(.notEqual, this, other)
            }
        })
    }
}
