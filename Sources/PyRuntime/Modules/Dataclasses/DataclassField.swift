/// `dataclasses.Field`: what `field()` returns and `fields()` lists.
final class PyDataclassField: PyObject {
    /// What the annotation makes of the name: a field, or a `ClassVar`/`InitVar` pseudo-field.
    enum Kind: String { case field = "_FIELD", classVar = "_FIELD_CLASSVAR", initVar = "_FIELD_INITVAR" }

    var name: Value = .none
    /// The annotation, as recorded (a string: annotations are not evaluated).
    var annotation: Value = .none
    var defaultValue: Value?
    var defaultFactory: Value?
    var initializes = true
    var inRepr = true
    var hash: Value = .none
    var compares = true
    var metadata: Value
    /// `nil` until the class decides (the decorator's `kw_only`, or after `KW_ONLY`).
    var keywordOnly: Bool?
    var kind = Kind.field

    init(metadata: Value) {
        self.metadata = metadata
        super.init(type: DataclassFieldClass.type)
    }

    // A field's default can be a field whose default is a field …: released iteratively.
    deinit {
        Trashcan.drop(&defaultValue, empty: nil)
        Trashcan.drop(&defaultFactory, empty: nil)
        Trashcan.drop(&metadata, empty: .none)
    }

    var fieldName: String { (name.asObject as? PyStr)?.value ?? "" }
    var hasDefault: Bool { defaultValue != nil || defaultFactory != nil }
}

enum DataclassFieldClass {
    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "Field", .other, methods: methods, constructor: nil, moduleName: "dataclasses", isCType: false)

    /// `dataclasses.MISSING`.
    nonisolated(unsafe) static let missingType = BuiltinTypes.make("_MISSING_TYPE", .other, moduleName: "dataclasses")
    nonisolated(unsafe) static let missing = PyObject(type: missingType)
    /// `dataclasses.KW_ONLY`.
    nonisolated(unsafe) static let keywordOnlyType = BuiltinTypes.make("_KW_ONLY_TYPE", .other, moduleName: "dataclasses")
    nonisolated(unsafe) static let keywordOnly = PyObject(type: keywordOnlyType)

    static func orMissing(_ value: Value?) -> Value { value ?? .object(missing) }

    static func isMissing(_ value: Value) -> Bool {
        if case .object(let o) = value { return o === missing }
        return false
    }

    static func attribute(_ name: String, _ get: @escaping (PyDataclassField) -> Value) -> (String, Value) {
        (name, .object(PyProperty(getter: .object(PyBuiltinFunction(name) { vm, args throws(PyError) in
            get(try args.receiver(PyDataclassField.self, of: type, method: name))
        }))))
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable([
        attribute("name") { $0.name },
        attribute("type") { $0.annotation },
        attribute("default") { orMissing($0.defaultValue) },
        attribute("default_factory") { orMissing($0.defaultFactory) },
        attribute("init") { .bool($0.initializes) },
        attribute("repr") { .bool($0.inRepr) },
        attribute("hash") { $0.hash },
        attribute("compare") { .bool($0.compares) },
        attribute("metadata") { $0.metadata },
        attribute("kw_only") { $0.keywordOnly.map { .bool($0) } ?? .object(missing) },
        method("Field", "__repr__") { vm, args throws(PyError) in
            let f = try args.receiver(PyDataclassField.self, of: type, method: "__repr__")
            var parts: [String] = []
            parts.append("name=" + (try vm.repr(f.name)))
            parts.append("type=" + (try vm.repr(f.annotation)))
            parts.append("default=" + (try vm.repr(orMissing(f.defaultValue))))
            parts.append("default_factory=" + (try vm.repr(orMissing(f.defaultFactory))))
            parts.append("init=\(f.initializes ? "True" : "False")")
            parts.append("repr=\(f.inRepr ? "True" : "False")")
            parts.append("hash=" + (try vm.repr(f.hash)))
            parts.append("compare=\(f.compares ? "True" : "False")")
            parts.append("metadata=" + (try vm.repr(f.metadata)))
            parts.append("kw_only=" + (try vm.repr(f.keywordOnly.map { .bool($0) } ?? .object(missing))))
            parts.append("_field_type=" + f.kind.rawValue)
            return .str("Field(" + parts.joined(separator: ",") + ")")
        },
    ])

    /// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
    /// compare=True, metadata=None, kw_only=MISSING)`.
    static func field(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "field", positional: [], keywordOnly: [
            ("default", .object(missing)), ("default_factory", .object(missing)), ("init", .true), ("repr", .true),
            ("hash", Value.none), ("compare", .true), ("metadata", Value.none), ("kw_only", .object(missing)),
        ]).bind(args, hasSelf: false)
        if !isMissing(values[0]), !isMissing(values[1]) {
            throw Errors.valueError("cannot specify both default and default_factory")
        }
        let metadata: Value = values[6].isNone ? .object(PyDict()) : values[6]
        let f = PyDataclassField(metadata: metadata)
        f.defaultValue = isMissing(values[0]) ? nil : values[0]
        f.defaultFactory = isMissing(values[1]) ? nil : values[1]
        f.initializes = try vm.isTruthy(values[2])
        f.inRepr = try vm.isTruthy(values[3])
        f.hash = values[4]
        f.compares = try vm.isTruthy(values[5])
        f.keywordOnly = isMissing(values[7]) ? nil : try vm.isTruthy(values[7])
        return .object(f)
    }
}
