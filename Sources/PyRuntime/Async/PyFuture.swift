import MeshSchema

/// An `asyncio` future: a result that arrives later. Tasks, `gather`, sleeps and host calls
/// are futures; coroutines awaiting one are woken through its done callbacks.
class PyFuture: PyObject {
    enum State {
        case pending
        case finished(Value)
        case failed(PyException)
        case cancelled
    }

    var state: State = .pending
    /// Called (through the scheduler's ready queue) once the future is done.
    var callbacks: [Scheduler.Callback] = []
    /// For host calls: the request, made when the future is first awaited.
    var hostRequest: HostRequest?
    /// For host calls: whether the request has been issued.
    var started = false

    init(type: PyType = BuiltinTypes.future) { super.init(type: type) }

    var isDone: Bool {
        if case .pending = state { return false }
        return true
    }

    var isCancelled: Bool {
        if case .cancelled = state { return true }
        return false
    }

    /// The result, or the stored exception thrown.
    func result() throws(PyError) -> Value {
        switch state {
        case .finished(let value): return value
        case .failed(let e): throw .exception(e)
        case .cancelled: throw Errors.bare(ExceptionTypes.cancelledError)
        case .pending: throw Errors.make(ExceptionTypes.invalidStateError, "Result is not set.")
        }
    }
}

/// What a host call asks the host for.
struct HostRequest {
    let function: String
    let positional: [JSONValue]
    let keywords: [(String, JSONValue)]
}

/// An `asyncio` task: runs a coroutine, or the program's main body, under the scheduler.
final class PyTask: PyFuture {
    /// The coroutine this task drives, or `nil` for the main body.
    let coroutine: PyGenerator?
    /// The main body's module frame (a non-coroutine program).
    let rootFrame: Frame?
    /// For the main body: the innermost frame blocked in `asyncio.run`.
    var blockedFrame: Frame?
    /// The future this task waits on.
    var waitingOn: PyFuture?
    /// `cancel()` was called; the next step throws `CancelledError` into the coroutine.
    var cancelRequested = false
    /// Whether the first step has run.
    var hasStarted = false
    let name: String

    init(coroutine: PyGenerator, name: String) {
        self.coroutine = coroutine
        rootFrame = nil
        self.name = name
        super.init(type: BuiltinTypes.task)
    }

    init(rootFrame: Frame) {
        coroutine = nil
        self.rootFrame = rootFrame
        name = "main"
        super.init(type: BuiltinTypes.task)
    }
}

/// Returned by `asyncio.run` to the interpreter loop: block the calling frame until the
/// future is done.
final class PyBlockRequest: PyObject {
    let future: PyFuture
    init(_ future: PyFuture) {
        self.future = future
        super.init(type: BuiltinTypes.nullType)
    }
}
