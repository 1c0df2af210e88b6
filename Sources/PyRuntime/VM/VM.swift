import PyCompiler

/// The virtual machine: runs frames, owns the per-run state (builtins, handled exception,
/// limits, output) and the task scheduler. One VM runs one program; it is not thread-safe,
/// but it may be driven from different threads one at a time.
public final class VM {
    let builtins: PyDict
    let interner = Interner()
    let limits: Limits
    /// The exception being handled (`sys.exc_info()`), for bare `raise` and `__context__`.
    var handledException: PyException?
    /// Python frames currently live on the frame chain (recursion limit).
    var frameDepth = 0
    /// Nested `run` loops (a built-in calling back into Python).
    var nestedRuns = 0
    /// Instructions left before the next limit check.
    var ticksUntilCheck = 0
    /// Instructions executed so far (counted on jumps and calls).
    var instructionCount = 0
    var startTime: Double = 0
    /// Allocation estimate in bytes for the memory limit.
    var allocatedBytes = 0
    /// Everything the program printed.
    var output: OutputBuffer
    /// Modules imported so far.
    var modules: [String: PyModule] = [:]
    /// The tasks and futures of `asyncio`, and pending host calls.
    let scheduler = Scheduler()
    /// Set while a handler re-raises an exception, so its frame adds no second traceback line.
    var pendingReraise: PyException?
    /// Finished frames kept for reuse, so a Python call usually allocates nothing.
    var framePool: [Frame] = []

    /// A frame for `code`, reused from the pool when possible.
    @inline(__always)
    func newFrame(_ code: RuntimeCode, globals: PyDict) -> Frame {
        if let frame = framePool.popLast() {
            frame.reuse(code: code, globals: globals)
            return frame
        }
        return Frame(code: code, globals: globals)
    }

    /// Set by `asyncio.run`: the interpreter loop blocks the calling frame on this future.
    var pendingBlock: PyFuture?
    var blockRequested = false
    /// Depth of Swift recursion over nested containers (hash, ==, repr of `((((…))))`).
    var nativeDepth = 0
    /// Containers whose repr is being built (self-references print as `[...]`).
    var reprInProgress: Set<ObjectIdentifier> = []

    init(limits: Limits, output: OutputBuffer) {
        _ = PyType.objectMethodsInstalled
        self.limits = limits
        self.output = output
        builtins = BuiltinModule.makeNamespace(interner: interner)
        ticksUntilCheck = VM.checkInterval
        startTime = monotonicSeconds()
    }

    static let checkInterval = 4096
    /// How deep built-in operations may recurse into nested containers before raising
    /// `RecursionError`, so a hostile `(((…),),)` cannot overflow the host's stack.
    static let maxNativeDepth = 400

    /// Runs `body` one level deeper into a nested container.
    @inline(__always)
    func nested<T>(_ body: () throws(PyError) -> T) throws(PyError) -> T {
        if nativeDepth >= VM.maxNativeDepth { throw Errors.recursion() }
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        return try body()
    }

    /// How a `run` of a frame chain ended.
    enum FrameExit {
        /// The entry frame returned this value.
        case returned(Value)
        /// The entry frame (a generator or coroutine) yielded this value.
        case yielded(Value)
    }

    /// Runs `entry` (and everything it calls) until it returns or yields. Exceptions not
    /// handled inside propagate as `PyError`, with `entry`'s traceback line added.
    func run(_ entry: Frame, startingAt start: Frame? = nil, throwing error: PyError? = nil) throws(PyError) -> FrameExit {
        var frame = start ?? entry
        if let error { frame = try unwind(error, from: frame, entry: entry) }
        while true {
            do throws(PyError) {
                return try execute(&frame, entry: entry)
            } catch {
                frame = try unwind(error, from: frame, entry: entry)
            }
        }
    }

    /// Counts one unit of work (a jump or a call); checks the limits every few thousand.
    @inline(__always)
    func tick() throws(PyError) {
        ticksUntilCheck -= 1
        if ticksUntilCheck <= 0 { try checkLimits() }
    }

    func checkLimits() throws(PyError) {
        instructionCount += VM.checkInterval - ticksUntilCheck
        ticksUntilCheck = VM.checkInterval
        if instructionCount > limits.maxInstructions {
            throw .terminated(.instructionLimit(limits.maxInstructions))
        }
        if monotonicSeconds() - startTime > limits.maxWallTime {
            throw .terminated(.timeLimit(limits.maxWallTime))
        }
        if scheduler.cancelRequested { throw .terminated(.cancelled) }
    }
}
