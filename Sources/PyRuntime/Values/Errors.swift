/// Every CPython error message the runtime reproduces, each built by one named factory.
/// The doc comment of each factory quotes the CPython 3.12 text.
enum Errors {
    /// An exception of `type` with one string argument.
    static func make(_ type: PyType, _ message: String) -> PyError {
        .exception(PyException(type: type, args: [.object(PyStr(message))]))
    }

    /// An exception of `type` with no arguments.
    static func bare(_ type: PyType) -> PyError {
        .exception(PyException(type: type, args: []))
    }

    static func typeError(_ message: String) -> PyError { make(ExceptionTypes.typeError, message) }
    static func valueError(_ message: String) -> PyError { make(ExceptionTypes.valueError, message) }
    static func indexError(_ message: String) -> PyError { make(ExceptionTypes.indexError, message) }
    static func runtimeError(_ message: String) -> PyError { make(ExceptionTypes.runtimeError, message) }
    static func overflowError(_ message: String) -> PyError { make(ExceptionTypes.overflowError, message) }
    static func attributeError(_ message: String) -> PyError { make(ExceptionTypes.attributeError, message) }

    /// `unsupported operand type(s) for +: 'int' and 'str'`
    static func unsupportedOperands(_ symbol: String, _ left: Value, _ right: Value) -> PyError {
        typeError("unsupported operand type(s) for \(symbol): '\(left.typeName)' and '\(right.typeName)'")
    }

    /// `bad operand type for unary -: 'str'`
    static func badUnaryOperand(_ symbol: String, _ operand: Value) -> PyError {
        typeError("bad operand type for unary \(symbol): '\(operand.typeName)'")
    }

    /// `can only concatenate str (not "int") to str` (also for list and tuple)
    static func concatenate(_ kind: String, _ other: Value) -> PyError {
        typeError("can only concatenate \(kind) (not \"\(other.typeName)\") to \(kind)")
    }

    /// `'<' not supported between instances of 'str' and 'int'`
    static func comparisonNotSupported(_ symbol: String, _ left: Value, _ right: Value) -> PyError {
        typeError("'\(symbol)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
    }

    /// `'int' object is not subscriptable`
    static func notSubscriptable(_ value: Value) -> PyError {
        typeError("'\(value.typeName)' object is not subscriptable")
    }

    /// `'tuple' object does not support item assignment`
    static func noItemAssignment(_ value: Value) -> PyError {
        typeError("'\(value.typeName)' object does not support item assignment")
    }

    /// `'tuple' object doesn't support item deletion`
    static func noItemDeletion(_ value: Value) -> PyError {
        typeError("'\(value.typeName)' object doesn't support item deletion")
    }

    /// `unbound method dict.keys() needs an argument` (`owner` may name the module:
    /// `collections.deque` reads as `deque`), or for the special methods CPython implements
    /// as slot wrappers, `descriptor '__add__' of 'int' object needs an argument`
    static func unboundMethodWithoutReceiver(_ owner: String, _ method: String) -> PyError {
        if method.hasPrefix("__"), !["__getitem__", "__contains__", "__reversed__", "__format__"].contains(method) {
            return typeError("descriptor '\(method)' of '\(owner)' object needs an argument")
        }
        let className = owner.split(separator: ".").last.map(String.init) ?? owner
        return typeError("unbound method \(className).\(method)() needs an argument")
    }

    /// `descriptor 'append' for 'collections.deque' objects doesn't apply to a 'int' object`
    static func descriptorMismatch(_ method: String, _ owner: String, _ receiver: Value) -> PyError {
        typeError("descriptor '\(method)' for '\(owner)' objects doesn't apply to a '\(receiver.typeName)' object")
    }

    /// `'NoneType' object is not callable`
    static func notCallable(_ value: Value) -> PyError {
        typeError("'\(value.typeName)' object is not callable")
    }

    /// `'int' object is not iterable`
    static func notIterable(_ value: Value) -> PyError {
        typeError("'\(value.typeName)' object is not iterable")
    }

    /// `object of type 'int' has no len()`
    static func noLength(_ value: Value) -> PyError {
        typeError("object of type '\(value.typeName)' has no len()")
    }

    /// `unhashable type: 'list'`
    static func unhashable(_ value: Value) -> PyError {
        typeError("unhashable type: '\(value.typeName)'")
    }

    /// `list indices must be integers or slices, not str`
    static func badIndexType(_ container: String, _ index: Value) -> PyError {
        typeError("\(container) indices must be integers or slices, not \(index.typeName)")
    }

    /// `'str' object cannot be interpreted as an integer`
    static func notAnInteger(_ value: Value) -> PyError {
        typeError("'\(value.typeName)' object cannot be interpreted as an integer")
    }

    /// `name 'x' is not defined`
    static func nameNotDefined(_ name: String) -> PyError {
        let error = PyException(type: ExceptionTypes.nameError, args: [.object(PyStr("name '\(name)' is not defined"))])
        error.attributes = PyDict()
        error.attributes?.set("name", .str(name))
        return .exception(error)
    }

    /// `cannot access local variable 'x' where it is not associated with a value`
    static func unboundLocal(_ name: String) -> PyError {
        make(ExceptionTypes.unboundLocalError,
             "cannot access local variable '\(name)' where it is not associated with a value")
    }

    /// `cannot access free variable 'x' where it is not associated with a value in enclosing scope`
    static func unboundFree(_ name: String) -> PyError {
        make(ExceptionTypes.nameError,
             "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// `'Foo' object has no attribute 'x'`
    static func noAttribute(_ value: Value, _ name: String) -> PyError {
        if case .object(let o) = value {
            if let module = o as? PyModule {
                return attributeError("module '\(module.name)' has no attribute '\(name)'")
            }
            if let type = o as? PyType {
                return attributeError("type object '\(type.name)' has no attribute '\(name)'")
            }
        }
        return attributeError("'\(value.typeName)' object has no attribute '\(name)'")
    }

    /// `'int' object attribute 'x' is read-only` / `cannot set 'x' attribute of immutable type 'int'`
    /// `'list' object attribute 'append' is read-only` /
    /// `attribute 'real' of 'int' objects is not writable`
    static func readOnlyAttribute(_ value: Value, _ name: String) -> PyError {
        if case .object(let o) = value, let type = o as? PyType {
            return typeError("cannot set '\(name)' attribute of immutable type '\(type.name)'")
        }
        if value.pyType.lookup(name) != nil {
            return attributeError("'\(value.typeName)' object attribute '\(name)' is read-only")
        }
        if dataAttributes[value.typeName]?.contains(name) == true {
            return attributeError("attribute '\(name)' of '\(value.typeName)' objects is not writable")
        }
        return attributeError("'\(value.typeName)' object has no attribute '\(name)'")
    }

    /// Read-only data attributes of built-in types (CPython getset descriptors).
    private static let dataAttributes: [String: Set<String>] = [
        "int": ["real", "imag", "numerator", "denominator"], "bool": ["real", "imag", "numerator", "denominator"],
        "float": ["real", "imag"], "range": ["start", "stop", "step"], "slice": ["start", "stop", "step"],
    ]

    /// `division by zero`
    static func divisionByZero() -> PyError { make(ExceptionTypes.zeroDivisionError, "division by zero") }
    /// `integer division or modulo by zero`
    static func integerDivisionByZero() -> PyError {
        make(ExceptionTypes.zeroDivisionError, "integer division or modulo by zero")
    }
    /// `integer modulo by zero`
    static func integerModuloByZero() -> PyError {
        make(ExceptionTypes.zeroDivisionError, "integer modulo by zero")
    }
    /// `float division by zero`, `float floor division by zero`, `float modulo`, `float divmod()`
    static func floatDivisionByZero(_ what: String) -> PyError { make(ExceptionTypes.zeroDivisionError, what) }

    /// `list index out of range` (also tuple, string, range object)
    static func indexOutOfRange(_ kind: String) -> PyError { indexError("\(kind) index out of range") }

    /// `KeyError: key`: the key itself is the argument.
    static func keyError(_ key: Value) -> PyError {
        .exception(PyException(type: ExceptionTypes.keyError, args: [key]))
    }

    /// `too many values to unpack (expected 2)`
    static func tooManyValuesToUnpack(_ expected: Int) -> PyError {
        valueError("too many values to unpack (expected \(expected))")
    }

    /// `not enough values to unpack (expected 3, got 2)`
    static func notEnoughValuesToUnpack(_ expected: Int, got: Int) -> PyError {
        valueError("not enough values to unpack (expected \(expected), got \(got))")
    }

    /// `not enough values to unpack (expected at least 3, got 2)`
    static func notEnoughValuesToUnpackStarred(_ expected: Int, got: Int) -> PyError {
        valueError("not enough values to unpack (expected at least \(expected), got \(got))")
    }

    /// `maximum recursion depth exceeded`
    static func recursion() -> PyError {
        make(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
    }

    /// `MemoryError` with no message (CPython's form for oversized allocations).
    static func memory() -> PyError { bare(ExceptionTypes.memoryError) }

    /// `No module named 'x'`
    static func moduleNotFound(_ name: String) -> PyError {
        make(ExceptionTypes.moduleNotFoundError, "No module named '\(name)'")
    }

    /// `StopIteration` carrying a generator's return value.
    static func stopIteration(_ value: Value = .none) -> PyError {
        .exception(PyException(type: ExceptionTypes.stopIteration, args: value.isNone ? [] : [value]))
    }

    /// `f() takes 2 positional arguments but 3 were given`, or `from 1 to 2 positional arguments`.
    static func tooManyPositional(_ name: String, minimum: Int, maximum: Int, given: Int) -> PyError {
        typeError("\(name)() takes \(positionalCount(minimum: minimum, maximum: maximum)) but \(given) \(given == 1 ? "was" : "were") given")
    }

    /// `2 positional arguments` or `from 1 to 2 positional arguments`.
    static func positionalCount(minimum: Int, maximum: Int) -> String {
        minimum == maximum
            ? "\(maximum) positional argument\(maximum == 1 ? "" : "s")"
            : "from \(minimum) to \(maximum) positional arguments"
    }

    /// `f() missing 2 required positional arguments: 'a' and 'b'` (`kind` is `positional` or
    /// `keyword-only`).
    static func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyError {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
        }
        let noun = missing.count == 1 ? "argument" : "arguments"
        return typeError("\(name)() missing \(missing.count) required \(kind) \(noun): \(list)")
    }
}
