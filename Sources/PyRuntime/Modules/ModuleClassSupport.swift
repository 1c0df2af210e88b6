/// Helpers for the classes that modules define in Swift (`collections.deque`,
/// `functools.partial` …).

extension Arguments {
    /// The receiver of a method of a module class, checked to be an instance of `owner`
    /// stored as `T`: a method called through its class can be given anything
    /// (`deque.append(1, 2)` raises CPython's `descriptor 'append' for 'collections.deque'
    /// objects doesn't apply to a 'int' object`).
    func receiver<T: PyObject>(_ storage: T.Type, of owner: PyType, method: String) throws(PyError) -> T {
        if case .object(let o)? = positional.first, o.type.isSubtype(of: owner), let receiver = o as? T {
            return receiver
        }
        throw Errors.descriptorMismatch(method, owner.nameInMessages, positional.first ?? .none)
    }
}

/// A read-only data attribute of a module class (`deque.maxlen`): a property whose setter
/// raises CPython's `attribute 'maxlen' of 'collections.deque' objects is not writable`.
func readOnlyAttribute(_ owner: String, _ name: String, _ getter: @escaping PyBuiltinFunction.Body) -> (String, Value) {
    let setter = PyBuiltinFunction(name) { _, _ throws(PyError) in
        throw Errors.attributeError("attribute '\(name)' of '\(owner)' objects is not writable")
    }
    return (name, .object(PyProperty(getter: .object(PyBuiltinFunction(name, getter)), setter: .object(setter))))
}

/// A class method of a module class (`OrderedDict.fromkeys`): receives the class first.
func classMethod(_ owner: String, _ name: String, _ body: @escaping PyBuiltinFunction.Body) -> (String, Value) {
    let function = PyBuiltinFunction(name, owner: owner, body)
    function.isClassMethod = true
    return (name, .object(function))
}

/// `NotImplemented`, for binary and comparison methods declining an operand.
nonisolated(unsafe) let notImplemented = Value.object(BuiltinTypes.notImplemented)

/// `callable(value)`.
func isCallable(_ value: Value) -> Bool {
    guard case .object(let o) = value else { return false }
    return o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType
        || o.type.lookup("__call__") != nil
}

/// The parameters of a function that modules implement as CPython implements it in Python
/// (`def choices(self, population, weights=None, *, cum_weights=None, k=1)`), bound with
/// the messages of a Python function.
struct Signature {
    /// The name in messages (`Random.choices`).
    let name: String
    /// Positional-or-keyword parameters after `self`.
    let positional: [String]
    /// Defaults of the last positional parameters.
    var defaults: [Value] = []
    /// Keyword-only parameters and their defaults (`nil`: required).
    var keywordOnly: [(String, Value?)] = []

    /// The arguments for each positional, then each keyword-only parameter. `args` starts
    /// with `self` when `hasSelf` (counted in messages, as CPython counts it).
    func bind(_ args: Arguments, hasSelf: Bool = true) throws(PyError) -> [Value] {
        let selfCount = hasSelf ? 1 : 0
        let given = args.positional.dropFirst(selfCount)
        let names = positional + keywordOnly.map(\.0)
        var values = [Value?](repeating: nil, count: names.count)
        for (i, value) in given.prefix(positional.count).enumerated() { values[i] = value }
        for (keyword, value) in args.keywords {
            guard let index = names.firstIndex(of: keyword) else {
                throw Errors.typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
            }
            if values[index] != nil { throw Errors.typeError("\(name)() got multiple values for argument '\(keyword)'") }
            values[index] = value
        }
        if given.count > positional.count {
            throw Errors.tooManyPositional(name, minimum: positional.count - defaults.count + selfCount,
                                           maximum: positional.count + selfCount, given: given.count + selfCount)
        }
        let firstDefault = positional.count - defaults.count
        var missing: [String] = []
        for index in positional.indices where values[index] == nil {
            if index >= firstDefault { values[index] = defaults[index - firstDefault] } else { missing.append(names[index]) }
        }
        if !missing.isEmpty { throw Errors.missingArguments(name, missing, kind: "positional") }
        for (offset, (keyword, fallback)) in keywordOnly.enumerated() where values[positional.count + offset] == nil {
            if let fallback { values[positional.count + offset] = fallback } else { missing.append(keyword) }
        }
        if !missing.isEmpty { throw Errors.missingArguments(name, missing, kind: "keyword-only") }
        return values.map { $0 ?? .none }
    }
}
