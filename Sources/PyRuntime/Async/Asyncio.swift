/// The `asyncio` module: `run`, `gather`, `sleep`, `create_task`, `wait_for`, `Semaphore`,
/// `Lock`, `Event`, with asyncio's scheduling order.
enum Asyncio {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("asyncio"))
        namespace.set("TimeoutError", .object(ExceptionTypes.timeoutError))
        namespace.set("CancelledError", .object(ExceptionTypes.cancelledError))
        namespace.set("InvalidStateError", .object(ExceptionTypes.invalidStateError))
        namespace.set("Future", .object(BuiltinTypes.future))
        namespace.set("Task", .object(BuiltinTypes.task))
        namespace.set("Semaphore", .object(semaphoreType))
        namespace.set("BoundedSemaphore", .object(semaphoreType))
        namespace.set("Lock", .object(lockType))
        namespace.set("Event", .object(eventType))
        function("run", run)
        function("sleep", sleep)
        function("create_task", createTask)
        function("ensure_future", ensureFutureFunction)
        function("gather", gather)
        function("wait_for", waitFor)
        function("iscoroutine") { vm, args throws(PyError) in
            guard case .object(let o)? = args.positional.first, let g = o as? PyGenerator else { return .false }
            return .bool(g.isCoroutine)
        }
        return PyModule(name: "asyncio", namespace: namespace)
    }

    static func coroutineArgument(_ value: Value, _ function: String) throws(PyError) -> PyGenerator {
        guard case .object(let o) = value, let g = o as? PyGenerator, g.isCoroutine else {
            throw Errors.typeError("a coroutine was expected, got \(value.typeName == "str" ? "'…'" : value.typeName)")
        }
        return g
    }

    /// `asyncio.run(main())`: runs a new event loop until the coroutine is done; the calling
    /// frame blocks (the interpreter loop suspends it) meanwhile.
    static func run(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("run", min: 1, max: 1, allowKeywords: ["debug"])
        if vm.scheduler.loopRunning {
            throw Errors.runtimeError("asyncio.run() cannot be called from a running event loop")
        }
        // CPython wants a coroutine; the runtime's own awaitables (`asyncio.sleep(…)`, tool
        // calls) are futures here, so they are accepted too.
        guard case .object(let o) = args.positional[0], (o as? PyGenerator)?.isCoroutine == true || o is PyFuture || o is YieldOnce else {
            throw Errors.valueError("a coroutine was expected, got \(try vm.repr(args.positional[0]))")
        }
        vm.scheduler.loopRunning = true
        let task = try ensureFuture(vm, args.positional[0])
        vm.scheduler.whenDone(task) { vm throws(PyError) in vm.scheduler.loopRunning = false }
        vm.pendingBlock = task
        return .none
    }

    static func sleep(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("sleep", min: 1, max: 2, allowKeywords: ["result"])
        guard let n = Number(args.positional[0]) else {
            throw Errors.typeError("'<=' not supported between instances of '\(args.positional[0].typeName)' and 'int'")
        }
        let delay = try doubleValue(n)
        let result = args.argument(1, "result") ?? .none
        if delay <= 0 {
            let once = YieldOnce()
            once.result = result
            return .object(once)
        }
        let future = PyFuture()
        vm.scheduler.callLater(delay) { vm throws(PyError) in vm.scheduler.complete(future, .finished(result)) }
        return .object(future)
    }

    static func createTask(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("create_task", min: 1, max: 1, allowKeywords: ["name", "context"])
        guard vm.scheduler.loopRunning else { throw Errors.runtimeError("no running event loop") }
        if case .object(let o) = args.positional[0], let future = o as? PyFuture {
            try vm.scheduler.start(future, vm: vm)
            return args.positional[0]
        }
        return .object(vm.scheduler.createTask(try coroutineArgument(args.positional[0], "create_task"), vm: vm))
    }

    /// Wraps an awaitable in a future: coroutines become tasks, futures are started.
    static func ensureFuture(_ vm: VM, _ value: Value) throws(PyError) -> PyFuture {
        if case .object(let o) = value {
            if let future = o as? PyFuture {
                try vm.scheduler.start(future, vm: vm)
                return future
            }
            if let g = o as? PyGenerator, g.isCoroutine { return vm.scheduler.createTask(g, vm: vm) }
            if o is YieldOnce {
                let future = PyFuture()
                vm.scheduler.callSoon { vm throws(PyError) in vm.scheduler.complete(future, .finished(.none)) }
                return future
            }
        }
        throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required")
    }

    static func ensureFutureFunction(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("ensure_future", min: 1, max: 1)
        return .object(try ensureFuture(vm, args.positional[0]))
    }

    /// `asyncio.gather(*aws, return_exceptions=False)`.
    static func gather(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("gather", min: 0, max: Int.max, allowKeywords: ["return_exceptions"])
        let returnExceptions = try vm.isTruthy(args.keyword("return_exceptions") ?? .false)
        let outer = PyFuture()
        var children: [PyFuture] = []
        for value in args.positional { children.append(try ensureFuture(vm, value)) }
        if children.isEmpty {
            vm.scheduler.complete(outer, .finished(.list([])))
            return .object(outer)
        }
        var finished = 0
        for child in children {
            vm.scheduler.whenDone(child) { vm throws(PyError) in
                finished += 1
                if outer.isDone { return }
                if !returnExceptions {
                    switch child.state {
                    case .cancelled:
                        vm.scheduler.complete(outer, .failed(PyException(type: ExceptionTypes.cancelledError, args: [])))
                        return
                    case .failed(let e):
                        vm.scheduler.complete(outer, .failed(e))
                        return
                    default: break
                    }
                }
                guard finished == children.count else { return }
                var results: [Value] = []
                for c in children {
                    switch c.state {
                    case .finished(let v): results.append(v)
                    case .failed(let e): results.append(.object(e))
                    case .cancelled: results.append(.object(PyException(type: ExceptionTypes.cancelledError, args: [])))
                    case .pending: results.append(.none)
                    }
                }
                vm.scheduler.complete(outer, .finished(.list(results)))
            }
        }
        return .object(outer)
    }

    /// `asyncio.wait_for(aw, timeout)`.
    static func waitFor(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("wait_for", min: 1, max: 2, allowKeywords: ["timeout"])
        let inner = try ensureFuture(vm, args.positional[0])
        guard let timeoutValue = args.argument(1, "timeout"), !timeoutValue.isNone else { return .object(inner) }
        guard let n = Number(timeoutValue) else { throw Errors.typeError("timeout must be a number") }
        let timeout = try doubleValue(n)
        let outer = PyFuture()
        var timedOut = false
        let timer = vm.scheduler.callLater(timeout) { vm throws(PyError) in
            if !inner.isDone {
                timedOut = true
                _ = cancel(vm, inner)
            }
        }
        vm.scheduler.whenDone(inner) { vm throws(PyError) in
            vm.scheduler.cancelTimer(timer)
            if timedOut, inner.isCancelled {
                vm.scheduler.complete(outer, .failed(PyException(type: ExceptionTypes.timeoutError, args: [])))
            } else {
                vm.scheduler.complete(outer, inner.state)
            }
        }
        return .object(outer)
    }

    /// `future.cancel()` / `task.cancel()`.
    static func cancel(_ vm: VM, _ future: PyFuture) -> Bool {
        if future.isDone { return false }
        if let task = future as? PyTask {
            task.cancelRequested = true
            if let waiting = task.waitingOn, !waiting.isDone {
                if !cancel(vm, waiting) { vm.scheduler.callSoon { vm throws(PyError) in try vm.scheduler.step(task, vm: vm) } }
            }
            return true
        }
        vm.scheduler.complete(future, .cancelled)
        return true
    }

    // MARK: Synchronization primitives

    final class PySemaphore: PyObject {
        var value: Int
        var waiters: [PyFuture] = []
        init(value: Int, type: PyType) {
            self.value = value
            super.init(type: type)
        }
        var isLocked: Bool { value == 0 || waiters.contains { !$0.isCancelled } }
    }

    static func semaphore(_ args: Arguments) -> PySemaphore? {
        if case .object(let o) = args.positional[0] { return o as? PySemaphore }
        return nil
    }

    static func doneFuture(_ value: Value) -> Value {
        let future = PyFuture()
        future.state = .finished(value)
        return .object(future)
    }

    static func acquire(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        guard let s = semaphore(args) else { return .none }
        if !s.isLocked {
            s.value -= 1
            return doneFuture(.true)
        }
        let waiter = PyFuture()
        s.waiters.append(waiter)
        return .object(waiter)
    }

    static func release(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        guard let s = semaphore(args) else { return .none }
        s.value += 1
        while let index = s.waiters.firstIndex(where: { !$0.isDone }) {
            let waiter = s.waiters.remove(at: index)
            s.value -= 1
            vm.scheduler.complete(waiter, .finished(.true))
            break
        }
        s.waiters.removeAll { $0.isDone }
        return .none
    }

    nonisolated(unsafe) static let semaphoreType: PyType = {
        let type = BuiltinTypes.make("Semaphore", .other, methods: semaphoreMethods("Semaphore"), constructor: { vm, type, args throws(PyError) in
            try args.expect("Semaphore", min: 0, max: 1, allowKeywords: ["value"])
            let value = try args.argument(0, "value").map { v throws(PyError) in try vm.intArgument(v) } ?? 1
            guard value >= 0 else { throw Errors.valueError("Semaphore initial value must be >= 0") }
            return .object(PySemaphore(value: value, type: type))
        }, moduleName: "asyncio")
        return type
    }()

    nonisolated(unsafe) static let lockType: PyType = BuiltinTypes.make("Lock", .other, methods: semaphoreMethods("Lock"), constructor: { vm, type, args throws(PyError) in
        try args.expect("Lock", min: 0, max: 0)
        return .object(PySemaphore(value: 1, type: type))
    }, moduleName: "asyncio")

    static func semaphoreMethods(_ owner: String) -> [String: Value] {
        methodTable([
            method(owner, "acquire", acquire),
            method(owner, "release", release),
            method(owner, "locked") { vm, args throws(PyError) in .bool(semaphore(args)?.isLocked ?? false) },
            method(owner, "__aenter__", acquire),
            method(owner, "__aexit__") { vm, args throws(PyError) in
                _ = try release(vm, args)
                return doneFuture(.none)
            },
        ])
    }

    final class PyEvent: PyObject {
        var isSet = false
        var waiters: [PyFuture] = []
    }

    nonisolated(unsafe) static let eventType: PyType = BuiltinTypes.make("Event", .other, methods: methodTable([
        method("Event", "set") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let e = o as? PyEvent else { return .none }
            e.isSet = true
            for waiter in e.waiters { vm.scheduler.complete(waiter, .finished(.true)) }
            e.waiters = []
            return .none
        },
        method("Event", "clear") { vm, args throws(PyError) in
            if case .object(let o) = args.positional[0], let e = o as? PyEvent { e.isSet = false }
            return .none
        },
        method("Event", "is_set") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let e = o as? PyEvent else { return .false }
            return .bool(e.isSet)
        },
        method("Event", "wait") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let e = o as? PyEvent else { return .none }
            if e.isSet { return doneFuture(.true) }
            let waiter = PyFuture()
            e.waiters.append(waiter)
            return .object(waiter)
        },
    ]), constructor: { vm, type, args throws(PyError) in
        .object(PyEvent(type: type))
    }, moduleName: "asyncio")
}
