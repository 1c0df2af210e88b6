import MeshSchema
import PyCompiler
import PyFrontend

/// Runs one Python program: the host's entry point to the runtime.
///
/// `start()` runs until the program finishes, fails, or waits on host calls; then `resume`
/// delivers host call results (in any order, in as many batches as needed) and runs on.
/// Not thread-safe; drive one interpreter from one thread at a time. Parsing deeply nested
/// code needs about 1 MiB of stack: call `init` on a thread with at least that much.
public final class Interpreter {
    /// A host call the program is waiting on.
    public struct PendingCall: Sendable {
        /// Identifies the call in `resume`.
        public let id: Int
        /// The host function's name.
        public let function: String
        /// Positional arguments, as JSON.
        public let positional: [JSONValue]
        /// Keyword arguments in call order, as JSON.
        public let keywords: [(name: String, value: JSONValue)]
    }

    /// What the host sends back for one call.
    public enum CallOutcome: Sendable {
        case success(JSONValue)
        /// The call failed: raised in the program as `exceptionType` (a built-in exception
        /// class name; default `RuntimeError`) with `message`.
        case failure(message: String, exceptionType: String?)
        /// A tool call failed: raised in the program as `ToolError`, a subclass of `Exception`
        /// whose `str()` is `"TOOL failed (CODE): MESSAGE"` and whose attributes `tool`, `code`
        /// (a status name such as `INVALID_ARGUMENT`) and `message` hold the parts.
        case toolError(code: String, message: String)
    }

    /// Where a run stands after `start` or `resume`.
    public enum Status: Sendable {
        /// The program ended normally.
        case finished
        /// Every task waits on host calls: these are the calls issued since the last status.
        /// `deadline` is a monotonic time (seconds) at which a timer is due, if any: resume
        /// by then, with an empty result set if nothing arrived.
        case suspended([PendingCall], deadline: Double?)
        /// The program ended with an uncaught exception or a limit breach.
        case failed(RunFailure)
    }

    private let vm: VM
    private let root: PyTask
    private let source: String

    /// Everything the program printed so far.
    public var output: String { vm.output.text }
    /// The output buffer, to stream printed text as it is written (`onWrite`).
    public var outputBuffer: OutputBuffer { vm.output }

    /// Compiles the program; syntax errors are thrown in CPython's format.
    public init(source: String, filename: String = "<program>", limits: Limits = Limits(),
                hostFunctions: [HostFunction] = []) throws(SyntaxError) {
        self.source = source
        let module = try Python.parse(source, filename: filename)
        let code = try Compiler.compile(module, filename: filename, source: source)
        vm = VM(limits: limits, output: OutputBuffer(limit: limits.maxOutputBytes))
        let globals = PyDict()
        globals.set(vm.interner.intern("__name__"), .str("__main__"))
        for function in hostFunctions {
            globals.set(vm.interner.intern(function.name), .object(HostFunctionObject.make(function)))
        }
        let runtimeCode = RuntimeCode(code, interner: vm.interner)
        let frame = Frame(code: runtimeCode, globals: globals)
        if code.flags.contains(.coroutine) {
            let coroutine = PyGenerator(frame: frame, type: BuiltinTypes.coroutine)
            vm.scheduler.loopRunning = true
            root = vm.scheduler.createTask(coroutine, vm: vm)
        } else {
            root = PyTask(rootFrame: frame)
            let task = root
            vm.scheduler.callSoon { vm throws(PyError) in try vm.scheduler.step(task, vm: vm) }
        }
    }

    /// Runs until the program finishes, fails or waits on the host.
    public func start() -> Status {
        vm.startTime = monotonicSeconds()
        return runLoop()
    }

    /// Delivers host call outcomes by id and runs on.
    public func resume(_ outcomes: [Int: CallOutcome]) -> Status {
        for (id, outcome) in outcomes {
            switch outcome {
            case .success(let json):
                _ = vm.scheduler.resolve(id, .finished(vm.value(from: json)))
            case .failure(let message, let typeName):
                let type = typeName.flatMap { name in ExceptionTypes.builtinNames.first { $0.name == name } }
                    ?? ExceptionTypes.runtimeError
                _ = vm.scheduler.resolve(id, .failed(PyException(type: type, args: [.str(message)])))
            case .toolError(let code, let message):
                let tool = vm.scheduler.inFlight[id]?.hostRequest?.function ?? "tool"
                _ = vm.scheduler.resolve(id, .failed(toolError(tool: tool, code: code, message: message)))
            }
        }
        return runLoop()
    }

    private func toolError(tool: String, code: String, message: String) -> PyException {
        let exception = PyException(type: ExceptionTypes.toolError, args: [.str("\(tool) failed (\(code)): \(message)")])
        let attributes = PyDict()
        attributes.set(vm.interner.intern("tool"), .str(tool))
        attributes.set(vm.interner.intern("code"), .str(code))
        attributes.set(vm.interner.intern("message"), .str(message))
        exception.attributes = attributes
        return exception
    }

    /// The monotonic clock (seconds) that `Status.suspended`'s deadline and
    /// ``wallTimeDeadline`` are on.
    public static func monotonicNow() -> Double { monotonicSeconds() }

    /// When the run breaches `Limits.maxWallTime`, on the ``monotonicNow()`` clock. A host
    /// waiting on calls past it should `resume` (with nothing) so the run fails with the limit.
    public var wallTimeDeadline: Double { vm.startTime + vm.limits.maxWallTime }

    /// Stops the run at its next check (from any thread is not supported; call between steps).
    public func cancel() { vm.scheduler.cancelRequested = true }

    private func runLoop() -> Status {
        do {
            switch try vm.scheduler.runUntilDone(root, vm: vm) {
            case .waitingForHost(let deadline):
                let calls = vm.scheduler.newRequests.map { entry in
                    PendingCall(id: entry.id, function: entry.request.function, positional: entry.request.positional,
                                keywords: entry.request.keywords.map { (name: $0.0, value: $0.1) })
                }
                vm.scheduler.newRequests = []
                return .suspended(calls, deadline: deadline)
            case .done:
                break
            }
        } catch {
            return .failed(failure(for: error))
        }
        switch root.state {
        case .failed(let exception): return .failed(failure(for: .exception(exception)))
        case .cancelled: return .failed(failure(for: Errors.bare(ExceptionTypes.cancelledError)))
        default: return .finished
        }
    }

    private func failure(for error: PyError) -> RunFailure {
        switch error {
        case .terminated(let reason):
            return RunFailure(kind: .limit(reason), typeName: "LimitExceeded", message: reason.description,
                              traceback: "toolmesh: \(reason)\n")
        case .exception(let exception):
            let renderer = TracebackRenderer(vm: vm, source: source)
            return RunFailure(kind: .exception, typeName: exception.type.name,
                              message: (try? vm.exceptionMessage(exception)) ?? "",
                              traceback: renderer.render(exception))
        }
    }
}

/// Why a run failed.
public struct RunFailure: Sendable, Error {
    public enum Kind: Sendable, Equatable {
        /// An uncaught Python exception.
        case exception
        /// A limit was breached.
        case limit(Termination)
    }

    public let kind: Kind
    /// The exception class name, e.g. `KeyError`.
    public let typeName: String
    /// `str(exception)`.
    public let message: String
    /// The full CPython-style traceback text, ending in a newline.
    public let traceback: String
}
