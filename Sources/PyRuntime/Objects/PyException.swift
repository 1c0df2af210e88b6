/// An instance of `BaseException` or a subclass (built-in or user-defined).
public final class PyException: PyObject {
    /// `args`.
    var args: [Value]
    /// `__cause__` (`raise … from cause`).
    var cause: PyException?
    /// `__context__`: the exception being handled when this one was raised.
    var context: PyException?
    /// `__suppress_context__` (set by `raise … from …`).
    var suppressContext = false
    /// Frames the exception passed through, innermost first.
    var traceback: [TracebackEntry] = []

    init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type)
    }

    deinit {
        Trashcan.drop(&args, empty: [])
        Trashcan.drop(&cause, empty: nil)
        Trashcan.drop(&context, empty: nil)
    }

    /// The class name, e.g. `KeyError`.
    var typeName: String { type.name }
}

/// One line of a traceback: where a frame was when the exception passed through it.
public struct TracebackEntry: Sendable, Equatable {
    /// The file name of the code.
    public var filename: String
    /// The 1-based line.
    public var line: Int
    /// The function name (`<module>` for the program's body).
    public var function: String
    /// Where the failing expression ends (1-based line).
    public var endLine: Int = 0
    /// The failing expression's columns, as 0-based UTF-8 byte offsets (-1 when unknown).
    public var column: Int = -1
    public var endColumn: Int = -1
}

/// The standard exception classes, with CPython's hierarchy.
enum ExceptionTypes {
    nonisolated(unsafe) static let baseException = make("BaseException", base: BuiltinTypes.object)
    nonisolated(unsafe) static let generatorExit = make("GeneratorExit", base: baseException)
    nonisolated(unsafe) static let keyboardInterrupt = make("KeyboardInterrupt", base: baseException)
    nonisolated(unsafe) static let systemExit = make("SystemExit", base: baseException)
    nonisolated(unsafe) static let exception = make("Exception", base: baseException)
    nonisolated(unsafe) static let arithmeticError = make("ArithmeticError", base: exception)
    nonisolated(unsafe) static let floatingPointError = make("FloatingPointError", base: arithmeticError)
    nonisolated(unsafe) static let overflowError = make("OverflowError", base: arithmeticError)
    nonisolated(unsafe) static let zeroDivisionError = make("ZeroDivisionError", base: arithmeticError)
    nonisolated(unsafe) static let assertionError = make("AssertionError", base: exception)
    nonisolated(unsafe) static let attributeError = make("AttributeError", base: exception)
    nonisolated(unsafe) static let bufferError = make("BufferError", base: exception)
    nonisolated(unsafe) static let eofError = make("EOFError", base: exception)
    nonisolated(unsafe) static let importError = make("ImportError", base: exception)
    nonisolated(unsafe) static let moduleNotFoundError = make("ModuleNotFoundError", base: importError)
    nonisolated(unsafe) static let lookupError = make("LookupError", base: exception)
    nonisolated(unsafe) static let indexError = make("IndexError", base: lookupError)
    nonisolated(unsafe) static let keyError = make("KeyError", base: lookupError)
    nonisolated(unsafe) static let memoryError = make("MemoryError", base: exception)
    nonisolated(unsafe) static let nameError = make("NameError", base: exception)
    nonisolated(unsafe) static let unboundLocalError = make("UnboundLocalError", base: nameError)
    nonisolated(unsafe) static let osError = make("OSError", base: exception)
    nonisolated(unsafe) static let connectionError = make("ConnectionError", base: osError)
    nonisolated(unsafe) static let fileNotFoundError = make("FileNotFoundError", base: osError)
    nonisolated(unsafe) static let permissionError = make("PermissionError", base: osError)
    nonisolated(unsafe) static let timeoutError = make("TimeoutError", base: osError)
    nonisolated(unsafe) static let referenceError = make("ReferenceError", base: exception)
    nonisolated(unsafe) static let runtimeError = make("RuntimeError", base: exception)
    nonisolated(unsafe) static let notImplementedError = make("NotImplementedError", base: runtimeError)
    nonisolated(unsafe) static let recursionError = make("RecursionError", base: runtimeError)
    nonisolated(unsafe) static let stopAsyncIteration = make("StopAsyncIteration", base: exception)
    nonisolated(unsafe) static let stopIteration = make("StopIteration", base: exception)
    nonisolated(unsafe) static let syntaxError = make("SyntaxError", base: exception)
    nonisolated(unsafe) static let indentationError = make("IndentationError", base: syntaxError)
    nonisolated(unsafe) static let tabError = make("TabError", base: indentationError)
    nonisolated(unsafe) static let systemError = make("SystemError", base: exception)
    nonisolated(unsafe) static let typeError = make("TypeError", base: exception)
    nonisolated(unsafe) static let valueError = make("ValueError", base: exception)
    nonisolated(unsafe) static let unicodeError = make("UnicodeError", base: valueError)
    nonisolated(unsafe) static let unicodeDecodeError = make("UnicodeDecodeError", base: unicodeError)
    nonisolated(unsafe) static let unicodeEncodeError = make("UnicodeEncodeError", base: unicodeError)
    nonisolated(unsafe) static let warning = make("Warning", base: exception)
    nonisolated(unsafe) static let userWarning = make("UserWarning", base: warning)
    nonisolated(unsafe) static let deprecationWarning = make("DeprecationWarning", base: warning)
    nonisolated(unsafe) static let runtimeWarning = make("RuntimeWarning", base: warning)
    /// A failed tool call (see `Interpreter.CallOutcome.toolError`); not a CPython class.
    nonisolated(unsafe) static let toolError = make("ToolError", base: exception)
    /// `json.JSONDecodeError`.
    nonisolated(unsafe) static let jsonDecodeError = make("JSONDecodeError", base: valueError, module: "json.decoder")
    nonisolated(unsafe) static let cancelledError = make("CancelledError", base: baseException, module: "asyncio.exceptions")
    nonisolated(unsafe) static let invalidStateError = make("InvalidStateError", base: exception, module: "asyncio.exceptions")

    /// Names that are aliases of other classes (`EnvironmentError is OSError`).
    nonisolated(unsafe) static let aliases: [(String, PyType)] = [("EnvironmentError", osError), ("IOError", osError)]

    /// Every class that the `builtins` module exposes by name.
    nonisolated(unsafe) static let builtinNames: [PyType] = [
        baseException, generatorExit, keyboardInterrupt, systemExit, exception, arithmeticError,
        floatingPointError, overflowError, zeroDivisionError, assertionError, attributeError, bufferError,
        eofError, importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError,
        nameError, unboundLocalError, osError, connectionError, fileNotFoundError, permissionError,
        timeoutError, referenceError, runtimeError, notImplementedError, recursionError, stopAsyncIteration,
        stopIteration, syntaxError, indentationError, tabError, systemError, typeError, valueError,
        unicodeError, unicodeDecodeError, unicodeEncodeError, warning, userWarning, deprecationWarning,
        runtimeWarning, toolError,
    ]

    /// An exception class; `module` names where it lives (`json.decoder`, `statistics`).
    static func make(_ name: String, base: PyType, module: String = "builtins") -> PyType {
        let type = PyType(name: name, moduleName: module, metatype: BuiltinTypes.type, bases: [base],
                          layout: .exception, hasInstanceDict: true, isBuiltin: true,
                          constructor: ExceptionTypes.construct)
        if base === BuiltinTypes.object {
            type.namespace = ExceptionMethods.table
        }
        return type
    }

    /// `BaseException.__new__`: keeps the arguments as `args`.
    static func construct(_ vm: VM, _ type: PyType, _ arguments: Arguments) throws(PyError) -> Value {
        .object(PyException(type: type, args: arguments.positional))
    }
}
