import PyCompiler

/// The call arguments passed to built-in functions and constructors.
struct Arguments {
    /// Positional arguments, in order.
    var positional: [Value]
    /// Keyword arguments, in call order.
    var keywords: [(name: String, value: Value)]

    init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// The keyword argument `name`, if given.
    func keyword(_ name: String) -> Value? {
        for entry in keywords where entry.name == name { return entry.value }
        return nil
    }
}

/// A code object with its constants turned into values, shared by every function made
/// from it.
final class RuntimeCode: PyObject {
    let code: CodeObject
    let constants: [Value]
    /// `names` as interned `str` objects, for dict lookups without re-hashing.
    let names: [PyStr]
    /// The identity and hash of each name: global lookups probe with these and touch the
    /// `str` object only when an equal but distinct key is found.
    let nameIdentities: [ObjectIdentifier]
    let nameHashes: [Int]
    /// How many local slots the parameters take (positional, keyword-only, `*`, `**`).
    let parameterCount: Int
    /// Whether a call binds only positional arguments with no defaults, cells or `*`/`**`.
    let isSimple: Bool
    /// The interpreter loop's views of `code.instructions`, `constants`, `nameIdentities`
    /// and `nameHashes`: copying a buffer pointer costs nothing, while binding an array to
    /// a local retains it, and the loop rebinds these on every frame switch. Owned by this
    /// object (frames keep it alive while they run) and freed in `deinit`.
    let instructionBuffer: UnsafeMutableBufferPointer<Instruction>
    let constantBuffer: UnsafeMutableBufferPointer<Value>
    let identityBuffer: UnsafeMutableBufferPointer<ObjectIdentifier>
    let hashBuffer: UnsafeMutableBufferPointer<Int>

    init(_ code: CodeObject, interner: Interner) {
        self.code = code
        constants = code.constants.map { RuntimeCode.value(of: $0, interner: interner) }
        names = code.names.map { interner.intern($0) }
        nameIdentities = names.map(ObjectIdentifier.init)
        nameHashes = names.map(\.hashValue)
        var count = code.argumentCount + code.keywordOnlyCount
        if code.flags.contains(.varargs) { count += 1 }
        if code.flags.contains(.varkeywords) { count += 1 }
        parameterCount = count
        isSimple = code.keywordOnlyCount == 0 && !code.flags.contains(.varargs)
            && !code.flags.contains(.varkeywords) && code.cellvars.isEmpty
        instructionBuffer = .allocate(capacity: code.instructions.count)
        _ = instructionBuffer.initialize(from: code.instructions)
        constantBuffer = .allocate(capacity: constants.count)
        _ = constantBuffer.initialize(from: constants)
        identityBuffer = .allocate(capacity: nameIdentities.count)
        _ = identityBuffer.initialize(from: nameIdentities)
        hashBuffer = .allocate(capacity: nameHashes.count)
        _ = hashBuffer.initialize(from: nameHashes)
        super.init(type: BuiltinTypes.code)
    }

    deinit {
        instructionBuffer.deinitialize().deallocate()
        constantBuffer.deinitialize().deallocate()
        identityBuffer.deinitialize().deallocate()
        hashBuffer.deinitialize().deallocate()
    }

    private static func value(of constant: CodeConstant, interner: Interner) -> Value {
        switch constant {
        case .none: return .none
        case .ellipsis: return .object(BuiltinTypes.ellipsis)
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return PyBigInt.value(parsingDecimal: digits)
        case .float(let d): return .float(d)
        case .string(let s): return .object(interner.intern(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .tuple(let items): return .tuple(items.map { value(of: $0, interner: interner) })
        case .code(let code): return .object(RuntimeCode(code, interner: interner))
        }
    }
}

/// Shares one `str` object per distinct name so dict lookups of names hit by identity.
final class Interner {
    /// Keyed by code points: Swift's `String` equality would merge `"é"` and `"e\u{301}"`.
    private struct Key: Hashable {
        let text: String
        static func == (a: Key, b: Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into hasher: inout Hasher) {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }

    private var table: [Key: PyStr] = [:]

    func intern(_ s: String) -> PyStr {
        let key = Key(text: s)
        if let existing = table[key] { return existing }
        let created = PyStr(s)
        table[key] = created
        return created
    }
}

/// A function defined by `def` or `lambda`.
final class PyFunction: PyObject {
    let runtimeCode: RuntimeCode
    let globals: PyDict
    var defaults: [Value]
    var keywordDefaults: [String: Value]
    let closure: [PyCell]
    var name: String
    var qualifiedName: String

    init(code: RuntimeCode, globals: PyDict, defaults: [Value], keywordDefaults: [String: Value],
         closure: [PyCell]) {
        runtimeCode = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        name = code.code.name
        qualifiedName = code.code.qualifiedName
        super.init(type: BuiltinTypes.function)
    }

    var code: CodeObject { runtimeCode.code }
}

/// A function implemented in Swift. Methods of built-in types receive `self` as the first
/// positional argument.
final class PyBuiltinFunction: PyObject {
    typealias Body = (VM, Arguments) throws(PyError) -> Value
    let name: String
    let body: Body
    /// For methods: the type whose method this is (`'str' object` in messages).
    let ownerName: String?
    /// Called on the class, receives the class first (`dict.fromkeys`).
    var isClassMethod = false

    init(_ name: String, owner: String? = nil, _ body: @escaping Body) {
        self.name = name
        ownerName = owner
        self.body = body
        super.init(type: BuiltinTypes.builtinFunction)
    }
}

/// A function bound to an instance (`obj.method`).
final class PyBoundMethod: PyObject {
    let function: Value
    let receiver: Value

    init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: BuiltinTypes.method)
    }
}

/// `@property`.
final class PyProperty: PyObject {
    let getter: Value
    let setter: Value
    let deleter: Value

    init(getter: Value, setter: Value = .none, deleter: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        super.init(type: BuiltinTypes.property)
    }
}

/// `@classmethod` and `@staticmethod` wrappers.
final class PyMethodWrapper: PyObject {
    let function: Value

    init(function: Value, type: PyType) {
        self.function = function
        super.init(type: type)
    }
}

/// `super()` bound to a class and an instance.
final class PySuper: PyObject {
    let startAfter: PyType
    let receiver: Value
    let receiverType: PyType

    init(startAfter: PyType, receiver: Value, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(type: BuiltinTypes.superType)
    }
}

/// A `bytes` value (literals and `str.encode`; few operations).
final class PyBytes: PyObject {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: BuiltinTypes.bytes)
    }
}
