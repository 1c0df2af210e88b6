/// The `textwrap` module: `wrap`, `fill`, `shorten`, `dedent`, `indent` and `TextWrapper`.
enum TextwrapModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("textwrap"))
        namespace.set("TextWrapper", .object(TextWrapperClass.type))
        function("wrap") { vm, args throws(PyError) in
            let (text, options) = try arguments(vm, args, "wrap", widthRequired: false)
            return .list(try TextWrapper(options: options).wrap(vm, text).map { .str($0) })
        }
        function("fill") { vm, args throws(PyError) in
            let (text, options) = try arguments(vm, args, "fill", widthRequired: false)
            return .str(try TextWrapper(options: options).wrap(vm, text).joined(separator: "\n"))
        }
        function("shorten") { vm, args throws(PyError) in
            var (text, options) = try arguments(vm, args, "shorten", widthRequired: true)
            options.maxLines = 1
            let collapsed = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) })
                .joined(separator: " ")
            return .str(try TextWrapper(options: options).wrap(vm, collapsed).joined(separator: "\n"))
        }
        function("dedent") { vm, args throws(PyError) in
            let text = try Signature(name: "dedent", positional: ["text"]).bind(args, hasSelf: false)[0]
            return .str(dedent(try vm.strArgument(text, "dedent() argument").value))
        }
        function("indent", indent)
        return PyModule(name: "textwrap", namespace: namespace)
    }

    /// `(text, width=70, **kwargs)`: the text and the wrapper's options.
    static func arguments(_ vm: VM, _ args: Arguments, _ name: String,
                          widthRequired: Bool) throws(PyError) -> (String, TextWrapOptions) {
        let signature = Signature(name: name, positional: ["text", "width"], defaults: widthRequired ? [] : [.int(70)])
        var known = Arguments(args.positional)
        var extra: [(name: String, value: Value)] = []
        for keyword in args.keywords {
            if keyword.name == "text" || keyword.name == "width" { known.keywords.append(keyword) } else { extra.append(keyword) }
        }
        let values = try signature.bind(known, hasSelf: false)
        var options = TextWrapOptions()
        try options.set(vm, "width", values[1])
        for (key, value) in extra { try options.set(vm, key, value) }
        return (try vm.str(values[0]), options)
    }

    /// `dedent(text)`: lines of only spaces and tabs emptied, then the longest common
    /// leading run of spaces and tabs removed.
    static func dedent(_ text: String) -> String {
        // Split by code point: a "\r\n" is one Swift Character but two Python characters.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        func isIndent(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        for i in lines.indices where !lines[i].isEmpty && lines[i].allSatisfy(isIndent) { lines[i] = [] }
        var margin: [Unicode.Scalar]?
        for line in lines {
            let indent = Array(line.prefix(while: isIndent))
            guard indent.count < line.count else { continue }
            guard let current = margin else {
                margin = indent
                continue
            }
            if indent.starts(with: current) { continue }
            if current.starts(with: indent) {
                margin = indent
                continue
            }
            margin = zip(current, indent).prefix { $0 == $1 }.map(\.0)
        }
        let kept: [[Unicode.Scalar]]
        if let margin, !margin.isEmpty {
            kept = lines.map { $0.starts(with: margin) ? Array($0.dropFirst(margin.count)) : $0 }
        } else {
            kept = lines
        }
        return kept.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// `indent(text, prefix, predicate=None)`: `prefix` before the lines the predicate
    /// accepts (by default those not blank), line ends kept.
    static func indent(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "indent", positional: ["text", "prefix", "predicate"], defaults: [.none])
            .bind(args, hasSelf: false)
        let prefix = try vm.strArgument(values[1], "can only concatenate str (not \"\(values[1].typeName)\") to str").value
        var out = ""
        for line in try vm.collect(try vm.callMethod(values[0], "splitlines", [.true])) {
            let text = try vm.str(line)
            let selected: Bool
            if values[2].isNone {
                selected = !text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
            } else {
                selected = try vm.isTruthy(try vm.call(values[2], [line]))
            }
            out += selected ? prefix + text : text
        }
        return .str(out)
    }
}

/// `textwrap.TextWrapper(width=70, …)`: options kept as instance attributes, which a
/// program may change before calling `wrap` or `fill`.
enum TextWrapperClass {
    nonisolated(unsafe) static let type: PyType = PyType(
        name: "TextWrapper", moduleName: "textwrap", metatype: PyType.core.type, bases: [PyType.core.object],
        namespace: methods, layout: .object, hasInstanceDict: true, isBuiltin: true, isModuleClass: true,
        constructor: { vm, type, args throws(PyError) in
            let object = PyObject(type: type)
            try initialize(vm, object, args)
            return .object(object)
        })

    nonisolated(unsafe) static let defaults: [Value] = [
        .int(70), .str(""), .str(""), .true, .true, .false, .true, .true, .true, .int(8),
    ]

    static func initialize(_ vm: VM, _ object: PyObject, _ args: Arguments) throws(PyError) {
        let positional = Array(TextWrapOptions.names.prefix(10))
        let values = try Signature(name: "TextWrapper.__init__", positional: positional, defaults: defaults,
                                   keywordOnly: [("max_lines", Value.none), ("placeholder", .str(" [...]"))])
            .bind(args, hasSelf: false)
        let attributes = PyDict()
        for (name, value) in zip(TextWrapOptions.names, values) { attributes.set(name, value) }
        object.attributes = attributes
    }

    static func options(_ vm: VM, _ args: Arguments, _ method: String) throws(PyError) -> (TextWrapOptions, String) {
        guard case .object(let o)? = args.positional.first, o.type.isSubtype(of: type) else {
            throw Errors.descriptorMismatch(method, "TextWrapper", args.positional.first ?? .none)
        }
        let text = try Signature(name: "TextWrapper." + method, positional: ["text"]).bind(args)[0]
        var options = TextWrapOptions()
        for name in TextWrapOptions.names {
            if let value = o.attributes?.get(name) { try options.set(vm, name, value) }
        }
        return (options, try vm.str(text))
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("TextWrapper", "__init__") { vm, args throws(PyError) in
            guard case .object(let o)? = args.positional.first else { return .none }
            try initialize(vm, o, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
            return .none
        },
        method("TextWrapper", "wrap") { vm, args throws(PyError) in
            let (options, text) = try options(vm, args, "wrap")
            return .list(try TextWrapper(options: options).wrap(vm, text).map { .str($0) })
        },
        method("TextWrapper", "fill") { vm, args throws(PyError) in
            let (options, text) = try options(vm, args, "fill")
            return .str(try TextWrapper(options: options).wrap(vm, text).joined(separator: "\n"))
        },
    ])
}
