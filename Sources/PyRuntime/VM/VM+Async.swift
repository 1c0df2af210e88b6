extension VM {
    /// Resumes a coroutine as a task's entry: sends `None`, or throws `error` in at the
    /// innermost await (through every delegating frame, as `coroutine.throw` does).
    func resumeCoroutine(_ coroutine: PyGenerator, throwing error: PyError?) throws(PyError) -> FrameExit {
        switch coroutine.state {
        case .finished: throw Errors.runtimeError("cannot reuse already awaited coroutine")
        case .running: throw Errors.valueError("coroutine already executing")
        case .created, .suspended: break
        }
        let entry = coroutine.frame
        if let error, coroutine.state == .created {
            coroutine.state = .finished
            throw error
        }
        try activate(coroutine, sending: error == nil ? Value.none : nil)
        entry.back = nil
        guard let error else { return try run(entry) }
        // Walk down the chain of delegating frames to the innermost await.
        var frame = entry
        while case .send = frame.code.code.instructions[frame.ip] {
            frame.ip += 1
            guard case .object(let o) = frame.top, let inner = o as? PyGenerator, inner.state == .suspended else { break }
            try activate(inner, sending: nil)
            inner.frame.back = frame
            inner.frame.resumeKind = .send
            frame = inner.frame
        }
        return try run(entry, startingAt: frame, throwing: error)
    }

    /// `getAwaitable`: coroutines, futures and objects with `__await__`.
    func awaitable(_ value: Value) throws(PyError) -> Value {
        if case .object(let o) = value {
            if let generator = o as? PyGenerator {
                guard generator.isCoroutine else {
                    throw Errors.typeError("object generator can't be used in 'await' expression")
                }
                if generator.state == .finished { throw Errors.runtimeError("cannot reuse already awaited coroutine") }
                return value
            }
            if o is PyFuture || o is YieldOnce { return value }
            if !o.type.isBuiltin, let method = o.type.lookup("__await__") {
                return try iterate(try call(method, [value]))
            }
        }
        throw Errors.typeError("object \(value.typeName) can't be used in 'await' expression")
    }

    /// `asyncio.run` from the interpreter loop: blocks the calling frame (and its callers, up
    /// to the main body) until `future` is done.
    func block(_ f: Frame, on future: PyFuture, entry: Frame) throws(PyError) -> FrameExit {
        guard nestedRuns == 0, let task = scheduler.currentTask, task.rootFrame === entry else {
            throw Errors.runtimeError("asyncio.run() cannot be called from a running event loop")
        }
        f.blockedOn = future
        task.blockedFrame = f
        var frame: Frame? = f
        while let current = frame {
            frameDepth -= 1
            if current === entry { break }
            frame = current.back
        }
        return .yielded(.object(future))
    }
}

/// `asyncio.sleep(0)`: yields once to the event loop, then finishes.
final class YieldOnce: PyIterator {
    var done = false
    /// What the `await` evaluates to.
    var result: Value = .none
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if done { return nil }
        done = true
        return Value.none
    }
}
