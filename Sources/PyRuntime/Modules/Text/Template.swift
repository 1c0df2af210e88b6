/// `string.Template`: `$name`, `${name}` and `$$` substitution.
final class PyTemplate: PyObject {
    let template: String

    init(type: PyType, template: String) {
        self.template = template
        super.init(type: type)
    }
}

enum TemplateClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "Template", .other, methods: methods, constructor: { vm, type, args throws(PyError) in
            let text = try Signature(name: "Template.__init__", positional: ["template"]).bind(args, hasSelf: false)[0]
            return .object(PyTemplate(type: type, template: try vm.strArgument(text, "template").value))
        }, moduleName: "string", isCType: false)

    /// One `$…` occurrence: escaped `$$`, a placeholder name, or invalid (CPython's
    /// `pattern`: names are ASCII identifiers, any case).
    enum Placeholder { case escaped, named(String), invalid }

    static func isNameStart(_ c: Character) -> Bool { c == "_" || (c.isASCII && c.isLetter) }
    static func isNamePart(_ c: Character) -> Bool { isNameStart(c) || (c.isASCII && c.isNumber) }

    /// Substitutes each placeholder with `replace`; `replace` returning `nil` keeps the text.
    static func render(_ template: String, _ replace: (Placeholder, _ column: Int) throws(PyError) -> String?) throws(PyError) -> String {
        let characters = Array(template)
        var out = ""
        var i = 0
        while i < characters.count {
            guard characters[i] == "$" else {
                out.append(characters[i])
                i += 1
                continue
            }
            let start = i
            var j = i + 1
            var placeholder = Placeholder.invalid
            if j < characters.count, characters[j] == "$" {
                placeholder = .escaped
                j += 1
            } else if j < characters.count, isNameStart(characters[j]) {
                var k = j
                while k < characters.count, isNamePart(characters[k]) { k += 1 }
                placeholder = .named(String(characters[j..<k]))
                j = k
            } else if j < characters.count, characters[j] == "{", j + 1 < characters.count, isNameStart(characters[j + 1]) {
                var k = j + 1
                while k < characters.count, isNamePart(characters[k]) { k += 1 }
                if k < characters.count, characters[k] == "}" {
                    placeholder = .named(String(characters[(j + 1)..<k]))
                    j = k + 1
                }
            }
            if case .invalid = placeholder { j = i + 1 }
            if let text = try replace(placeholder, i + 1) {
                out += text
            } else {
                out += String(characters[start..<j])
            }
            i = j
        }
        return out
    }

    /// `Invalid placeholder in string: line L, col C` for the `$` ending at `index`.
    static func invalid(_ template: String, _ index: Int) -> PyError {
        let before = Array(template).prefix(index)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let line = before.last == "\n" ? lines.count - 1 : lines.count
        let column = before.last == "\n" ? 0 : lines.last?.count ?? 0
        return Errors.valueError("Invalid placeholder in string: line \(max(line, 1)), col \(before.isEmpty ? 1 : column)")
    }

    static func substitute(_ vm: VM, _ args: Arguments, safe: Bool) throws(PyError) -> Value {
        let name = safe ? "safe_substitute" : "substitute"
        let template = try args.receiver(PyTemplate.self, of: type, method: name)
        guard args.positional.count <= 2 else {
            throw Errors.tooManyPositional("Template." + name, minimum: 1, maximum: 2, given: args.positional.count)
        }
        let mapping = args.positional.count > 1 ? args.positional[1] : nil
        let keywords = PyDict()
        for (key, value) in args.keywords { keywords.set(key, value) }
        func lookup(_ key: String) throws(PyError) -> Value? {
            if let value = keywords.get(key) { return value }
            guard let mapping else { return nil }
            do throws(PyError) {
                return try vm.getItem(mapping, .str(key))
            } catch {
                if case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.keyError) { return nil }
                throw error
            }
        }
        let text = try render(template.template) { (placeholder, column) throws(PyError) -> String? in
            switch placeholder {
            case .escaped: return "$"
            case .named(let key):
                guard let value = try lookup(key) else {
                    if safe { return nil }
                    throw Errors.keyError(.str(key))
                }
                return try vm.str(value)
            case .invalid:
                if safe { return nil }
                throw invalid(template.template, column)
            }
        }
        return .str(text)
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        method("Template", "substitute") { vm, args throws(PyError) in try substitute(vm, args, safe: false) },
        method("Template", "safe_substitute") { vm, args throws(PyError) in try substitute(vm, args, safe: true) },
        method("Template", "get_identifiers") { vm, args throws(PyError) in
            let template = try args.receiver(PyTemplate.self, of: type, method: "get_identifiers")
            var names: [String] = []
            _ = try render(template.template) { (placeholder, _) throws(PyError) -> String? in
                if case .named(let key) = placeholder, !names.contains(key) { names.append(key) }
                return nil
            }
            return .list(names.map { .str($0) })
        },
        method("Template", "is_valid") { vm, args throws(PyError) in
            let template = try args.receiver(PyTemplate.self, of: type, method: "is_valid")
            var valid = true
            _ = try render(template.template) { (placeholder, _) throws(PyError) -> String? in
                if case .invalid = placeholder { valid = false }
                return nil
            }
            return .bool(valid)
        },
        ("template", .object(PyProperty(getter: .object(PyBuiltinFunction("template") { vm, args throws(PyError) in
            .str(try args.receiver(PyTemplate.self, of: type, method: "template").template)
        })))),
    ])
}
