/// A Python class: a built-in type or a class statement's result.
///
/// Built-in types are created once per process and never mutated afterwards, so
/// interpreters on different threads can share them. User classes belong to one
/// interpreter.
public final class PyType: PyObject {
    /// `__name__`.
    let name: String
    /// `__qualname__`.
    var qualifiedName: String
    /// `__module__`: `builtins` for built-in types.
    var moduleName: String
    /// The name error messages use: CPython's `tp_name`, which for the C types of modules
    /// includes the module (`'<' not supported between instances of 'collections.deque' …`).
    let nameInMessages: String
    /// Direct bases, in declaration order.
    private(set) var bases: [PyType]
    /// The method resolution order, starting with this type (C3 linearization).
    private(set) var mro: [PyType]
    /// The class namespace (methods, class attributes, descriptors).
    var namespace: [String: Value]
    /// What Swift class instances of this type are.
    let layout: ObjectLayout
    /// Whether instances carry an attribute dictionary (user classes do).
    let hasInstanceDict: Bool
    /// Built-in types reject attribute assignment.
    let isBuiltin: Bool
    /// Whether the VM dispatches to special methods (`__repr__`, `__getitem__`, `__add__` …)
    /// found in the namespace: true for user classes and for the built-in types that modules
    /// define (`collections.Counter`), whose behaviour is those methods; false for the core
    /// types (`int`, `dict` …), whose behaviour the VM implements itself.
    let hasSpecialMethods: Bool
    /// Creates instances for built-in types (`int("3")`, `list(x)` …) and for user classes
    /// whose nearest built-in base needs more than a plain object.
    var constructor: BuiltinConstructor?
    /// For a module class that makes the classes deriving from it itself, as a metaclass
    /// would (`typing.NamedTuple`, `TypedDict`): a class statement naming it as a base gets
    /// this builder's result. Set only while the type is created.
    var subclassBuilder: SubclassBuilder?
    /// Bumped whenever the namespace of this type or a base changes (lookup caches).
    private(set) var version: UInt64 = 0

    /// Creates the `type` type object (its class is itself).
    private init(bootstrapTypeNamed name: String) {
        self.name = name
        qualifiedName = name
        moduleName = "builtins"
        nameInMessages = name
        bases = []
        mro = []
        namespace = [:]
        layout = .type
        hasInstanceDict = false
        isBuiltin = true
        hasSpecialMethods = false
        super.init(type: nil)
        bootstrapType(self)
        mro = [self]
    }

    /// Creates a class.
    init(name: String, qualifiedName: String? = nil, moduleName: String = "builtins", metatype: PyType,
         bases: [PyType], mro: [PyType]? = nil, namespace: [String: Value] = [:], layout: ObjectLayout,
         hasInstanceDict: Bool, isBuiltin: Bool, isModuleClass: Bool = false, nameInMessages: String? = nil,
         constructor: BuiltinConstructor? = nil) {
        self.name = name
        self.nameInMessages = nameInMessages ?? name
        self.qualifiedName = qualifiedName ?? name
        self.moduleName = moduleName
        self.bases = bases
        self.mro = []
        self.namespace = namespace
        self.layout = layout
        self.hasInstanceDict = hasInstanceDict
        self.isBuiltin = isBuiltin
        hasSpecialMethods = !isBuiltin || isModuleClass
        self.constructor = constructor
        super.init(type: metatype)
        self.mro = [self] + (mro ?? PyType.linearize(bases: bases) ?? bases)
    }

    /// The `object` and `type` types, created together because each refers to the other.
    nonisolated(unsafe) static let core: (object: PyType, type: PyType) = {
        let typeType = PyType(bootstrapTypeNamed: "type")
        let object = PyType(name: "object", metatype: typeType, bases: [], layout: .object,
                            hasInstanceDict: false, isBuiltin: true, constructor: ObjectMethods.construct)
        typeType.bases = [object]
        typeType.mro = [typeType, object]
        return (object, typeType)
    }()

    /// Installs `object`'s methods once; they are built-in functions, whose own type needs
    /// `core` to exist first. Every VM touches this before running anything.
    static let objectMethodsInstalled: Bool = {
        core.object.namespace = ObjectMethods.table
        return true
    }()

    /// Looks a name up along the MRO, without descriptors.
    @inline(__always)
    func lookup(_ name: String) -> Value? {
        for type in mro {
            if let value = type.namespace[name] { return value }
        }
        return nil
    }

    /// The special method `name` the VM calls for instances of this type, or `nil` when the
    /// VM's own behaviour for the instance's storage applies. Methods of the core types are
    /// wrappers of that behaviour for programs that call them (`dict.__getitem__(d, k)`), so
    /// they are never returned: dispatching to them would recurse.
    func specialMethod(_ name: String) -> Value? {
        guard hasSpecialMethods else { return nil }
        for type in mro {
            guard let value = type.namespace[name] else { continue }
            if !type.hasSpecialMethods, value.asObject is PyBuiltinFunction { return nil }
            return value
        }
        return nil
    }

    /// Whether this type is `other` or derives from it.
    @inline(__always)
    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for type in mro where type === other { return true }
        return false
    }

    /// Sets a class attribute (user classes only; the caller checks `isBuiltin`).
    func setAttribute(_ name: String, _ value: Value?) {
        if let value { namespace[name] = value } else { namespace[name] = nil }
        version &+= 1
    }

    /// C3 linearization of the bases' MROs, or `nil` when no consistent order exists
    /// (CPython: "Cannot create a consistent method resolution order (MRO)").
    static func linearize(bases: [PyType]) -> [PyType]? {
        var sequences = bases.map(\.mro) + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for sequence in sequences {
                let head = sequence[0]
                let inTail = sequences.contains { $0.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else { return nil }
            result.append(next)
            for index in sequences.indices where sequences[index].first === next {
                sequences[index].removeFirst()
            }
        }
    }
}

/// Which Swift class the instances of a type are (inherited from the nearest built-in base).
enum ObjectLayout: UInt8 {
    case object, type, int, float, bool, none, str, bytes, list, tuple, dict, set, frozenset, range, slice
    case function, builtinFunction, method, cell, module, exception, generator, coroutine, iterator
    case property, classMethod, staticMethod, superObject, future, task, other
}

/// Builds the class for `class name(bases…, **keywords): namespace` (see `subclassBuilder`);
/// the namespace's entries come in definition order.
typealias SubclassBuilder = (VM, _ name: String, _ bases: [PyType], _ namespace: [(name: String, value: Value)],
                             _ keywords: [(name: String, value: Value)]) throws(PyError) -> Value

/// Builds an instance of `type` (a built-in type or a subclass of one) from call arguments.
typealias BuiltinConstructor = (VM, PyType, Arguments) throws(PyError) -> Value
