/// The `string` module: its constants, `capwords` and `Template`.
enum StringModule {
    static let lowercase = "abcdefghijklmnopqrstuvwxyz"
    static let uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let digits = "0123456789"
    static let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    static let whitespace = " \t\n\r\u{0B}\u{0C}"

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("string"))
        let constants: [(String, String)] = [
            ("ascii_lowercase", lowercase), ("ascii_uppercase", uppercase), ("ascii_letters", lowercase + uppercase),
            ("digits", digits), ("hexdigits", digits + "abcdefABCDEF"), ("octdigits", "01234567"),
            ("punctuation", punctuation), ("whitespace", whitespace),
            ("printable", digits + lowercase + uppercase + punctuation + whitespace),
        ]
        for (name, value) in constants { namespace.set(name, .str(value)) }
        namespace.set("capwords", .object(PyBuiltinFunction("capwords", capwords)))
        namespace.set("Template", .object(TemplateClass.type))
        return PyModule(name: "string", namespace: namespace)
    }

    /// `capwords(s, sep=None)`: `(sep or ' ').join(word.capitalize() for word in s.split(sep))`.
    static func capwords(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "capwords", positional: ["s", "sep"], defaults: [.none]).bind(args, hasSelf: false)
        let words = try vm.collect(try vm.callMethod(values[0], "split", [values[1]]))
        var capitalized: [Value] = []
        for word in words { capitalized.append(try vm.callMethod(word, "capitalize", [])) }
        let separator: Value = try vm.isTruthy(values[1]) ? values[1] : .str(" ")
        return try vm.callMethod(separator, "join", [.list(capitalized)])
    }
}
