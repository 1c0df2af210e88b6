import PyCompiler

/// One activation of a code object: a heap object, so Python calls never recurse on the
/// Swift stack and a suspended coroutine is just a chain of frames.
final class Frame {
    /// The code being run (`var` only so a finished frame can be reused, see `reuse`).
    private(set) var code: RuntimeCode
    private(set) var globals: PyDict
    /// The class namespace while running a class body.
    let namespace: PyDict?
    /// The index of the next instruction.
    var ip = 0
    var stack: [Value] = []
    var locals: [Value?]
    /// Cell variables then free variables (`loadDeref` operands).
    var cells: [PyCell]
    /// The frame that called or resumed this one, while this one runs.
    var back: Frame?
    /// How this frame's return or yield is delivered to `back`.
    var resumeKind: ResumeKind = .call
    /// Set while the frame is blocked in `asyncio.run` on this future.
    var blockedOn: PyFuture?
    /// The generator or coroutine object owning this frame, if any (weak: the generator owns
    /// the frame).
    weak var generator: PyGenerator? {
        didSet { isGeneratorFrame = generator != nil }
    }
    /// Whether `generator` was set; checked first because a weak load costs a runtime call.
    private(set) var isGeneratorFrame = false

    init(code: RuntimeCode, globals: PyDict, namespace: PyDict? = nil) {
        self.code = code
        self.globals = globals
        self.namespace = namespace
        locals = Array(repeating: nil, count: code.code.varnames.count)
        cells = []
        stack.reserveCapacity(code.code.maxStackDepth)
    }

    /// Prepares a finished frame for a new call, keeping its arrays' storage. Only frames
    /// nothing else refers to are reused: ordinary (non-generator) frames that returned to a
    /// caller in the interpreter loop.
    func reuse(code: RuntimeCode, globals: PyDict) {
        self.code = code
        self.globals = globals
        ip = 0
        let count = code.code.varnames.count
        locals.removeAll(keepingCapacity: true)
        for _ in 0..<count { locals.append(nil) }
        stack.removeAll(keepingCapacity: true)
        cells = []
        resumeKind = .call
    }

    /// Drops what a finished frame refers to before it waits for reuse.
    func clearForReuse() {
        locals.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        cells = []
        back = nil
        resumeKind = .call
    }

    /// The line of the instruction at `index`.
    func line(at index: Int) -> Int {
        let locations = code.code.locations
        guard index >= 0, index < locations.count else { return code.code.firstLine }
        return Int(locations[index].line)
    }

    /// The line of the instruction being executed (the last one fetched).
    var currentLine: Int { line(at: ip - 1) }

    @inline(__always) func push(_ value: Value) { stack.append(value) }
    @inline(__always) func pop() -> Value { stack.removeLast() }
    @inline(__always) var top: Value {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }
    /// The item `depth` places from the top (1 = top).
    @inline(__always) func peek(_ depth: Int) -> Value { stack[stack.count - depth] }
}

/// How a finished or suspended frame hands its result to the frame below it.
enum ResumeKind {
    /// An ordinary call: the return value is pushed.
    case call
    /// `__init__` run by a class call: the instance is pushed instead of the return value.
    case initializer(Value)
    /// A generator resumed by `forIter`: yields are pushed; the return jumps to the target.
    case forIter(Int)
    /// A sub-iterator resumed by `send` (`yield from`, `await`).
    case send
    /// A call forwarded by a `PyForwardingCallable`: the return value goes to the completion,
    /// then is pushed.
    case completion(CallCompletion)
}
