/// The `json` module: `dumps`, `loads` and `JSONDecodeError`, with CPython's output and
/// messages. There is no file system, so `dump` and `load` are absent.
enum JSONModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("json"))
        namespace.set("JSONDecodeError", .object(ExceptionTypes.jsonDecodeError))
        namespace.set("dumps", .object(PyBuiltinFunction("dumps", dumps)))
        namespace.set("loads", .object(PyBuiltinFunction("loads", loads)))
        return PyModule(name: "json", namespace: namespace)
    }

    static let dumpsKeywords: Set<String> = [
        "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default",
        "sort_keys",
    ]

    /// `json.dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
    /// separators, default, sort_keys)`.
    static func dumps(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        if args.positional.count != 1 {
            if args.positional.isEmpty { throw Errors.typeError("dumps() missing 1 required positional argument: 'obj'") }
            throw Errors.typeError("dumps() takes 1 positional argument but \(args.positional.count) were given")
        }
        for keyword in args.keywords where !dumpsKeywords.contains(keyword.name) {
            throw Errors.typeError("dumps() got an unexpected keyword argument '\(keyword.name)'")
        }
        if let cls = args.keyword("cls"), !cls.isNone {
            throw Errors.make(ExceptionTypes.notImplementedError, "json.dumps(cls=…) is not supported")
        }
        var options = JSONEncodingOptions()
        options.skipKeys = try flag(vm, args, "skipkeys", default: false)
        options.ensureASCII = try flag(vm, args, "ensure_ascii", default: true)
        options.checkCircular = try flag(vm, args, "check_circular", default: true)
        options.allowNaN = try flag(vm, args, "allow_nan", default: true)
        options.sortKeys = try flag(vm, args, "sort_keys", default: false)
        if let indent = args.keyword("indent"), !indent.isNone {
            if case .object(let o) = indent, let s = o as? PyStr {
                options.indent = s.value
            } else {
                options.indent = String(repeating: " ", count: max(0, try vm.intArgument(indent)))
            }
            options.itemSeparator = ","
        }
        if let separators = args.keyword("separators"), !separators.isNone {
            let pair = try vm.collect(separators)
            guard pair.count == 2 else {
                throw Errors.valueError("too many values to unpack (expected 2)")
            }
            options.itemSeparator = try vm.strArgument(pair[0], "item separator").value
            options.keySeparator = try vm.strArgument(pair[1], "key separator").value
        }
        if let function = args.keyword("default"), !function.isNone { options.defaultFunction = function }
        var encoder = JSONEncoding(vm: vm, options: options)
        try encoder.encode(args.positional[0], level: 0)
        return .str(encoder.output)
    }

    private static func flag(_ vm: VM, _ args: Arguments, _ name: String, default value: Bool) throws(PyError) -> Bool {
        guard let given = args.keyword(name) else { return value }
        return try vm.isTruthy(given)
    }

    /// `json.loads(s, *, object_hook, parse_float, parse_int, parse_constant,
    /// object_pairs_hook, strict)`.
    static func loads(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let allowed: Set<String> = ["cls", "object_hook", "parse_float", "parse_int", "parse_constant",
                                    "object_pairs_hook", "strict"]
        if args.positional.count != 1 {
            if args.positional.isEmpty { throw Errors.typeError("loads() missing 1 required positional argument: 's'") }
            throw Errors.typeError("loads() takes 1 positional argument but \(args.positional.count) were given")
        }
        for keyword in args.keywords where !allowed.contains(keyword.name) {
            throw Errors.typeError("JSONDecoder.__init__() got an unexpected keyword argument '\(keyword.name)'")
        }
        let text: String
        switch args.positional[0] {
        case .object(let o) where o is PyStr:
            text = (o as? PyStr)?.value ?? ""
        case .object(let o) where o.type.name == "bytes" || o.type.name == "bytearray":
            throw Errors.make(ExceptionTypes.notImplementedError, "json.loads() of bytes is not supported; decode to str first")
        default:
            throw Errors.typeError("the JSON object must be str, bytes or bytearray, not \(args.positional[0].typeName)")
        }
        var hooks = JSONDecodingHooks()
        func hook(_ name: String) -> Value? {
            guard let value = args.keyword(name), !value.isNone else { return nil }
            return value
        }
        hooks.objectHook = hook("object_hook")
        hooks.objectPairsHook = hook("object_pairs_hook")
        hooks.parseFloat = hook("parse_float")
        hooks.parseInt = hook("parse_int")
        hooks.parseConstant = hook("parse_constant")
        if let strict = args.keyword("strict") { hooks.strict = try vm.isTruthy(strict) }
        var decoder = JSONDecoding(vm: vm, text: text, hooks: hooks)
        return try decoder.decodeDocument()
    }
}
