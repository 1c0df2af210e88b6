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
