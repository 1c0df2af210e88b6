import PyCompiler

extension VM {
    /// Accounts for a frame starting or resuming: the recursion limit.
    @inline(__always)
    func enterFrame() throws(PyError) {
        if frameDepth >= limits.maxRecursionDepth { throw Errors.recursion() }
        frameDepth += 1
        try tick()
    }

    /// A frame that returned or raised for the last time.
    func finishFrame(_ f: Frame) {
        frameDepth -= 1
        if f.isGeneratorFrame, let generator = f.generator {
            generator.state = .finished
            swap(&handledException, &generator.handledException)
            f.stack.removeAll()
        }
    }

    /// A generator frame that yielded.
    private func suspendFrame(_ f: Frame) {
        frameDepth -= 1
        if f.isGeneratorFrame, let generator = f.generator {
            generator.state = .suspended
            swap(&handledException, &generator.handledException)
        }
    }

    /// Hands a returning frame's value to its caller.
    func deliverReturn(_ result: Value, from f: Frame, to caller: Frame) throws(PyError) {
        f.back = nil
        switch f.resumeKind {
        case .call:
            caller.stack.append(result)
        case .initializer(let instance):
            guard result.isNone else {
                throw Errors.typeError("__init__() should return None, not '\(result.typeName)'")
            }
            caller.stack.append(instance)
        case .forIter(let target):
            caller.stack.removeLast()
            caller.ip = target
        case .send:
            caller.stack.removeLast()
            caller.stack.append(result)
        case .completion(let completion):
            try completion.deliver(result)
            caller.stack.append(result)
        }
    }

    /// A frame yields `value`: delivers it to the frame that resumed it, climbing through
    /// delegating frames (`yield from`/`await`), which yield the same value in turn.
    func yieldUp(_ value: Value, from f: Frame, entry: Frame, frame: inout Frame) throws(PyError) -> FrameExit? {
        var current = f
        while true {
            suspendFrame(current)
            if current === entry { return .yielded(value) }
            guard let caller = current.back else { return .yielded(value) }
            current.back = nil
            switch current.resumeKind {
            case .forIter:
                caller.stack.append(value)
                frame = caller
                return nil
            case .send:
                // The caller re-executes its `send` when it is resumed.
                caller.ip -= 1
                current = caller
            case .call, .initializer, .completion:
                caller.stack.append(value)
                frame = caller
                return nil
            }
        }
    }

    /// Starts or resumes `generator` on top of `caller`. Returns the frame to switch to, or
    /// `nil` when the generator was already finished (then `caller` has been updated as for
    /// an exhausted iterator).
    func resumeGenerator(_ generator: PyGenerator, from caller: Frame, sending value: Value,
                         kind: ResumeKind) throws(PyError) -> Frame? {
        switch generator.state {
        case .running:
            throw Errors.valueError(generator.isCoroutine ? "coroutine already executing" : "generator already executing")
        case .finished:
            if generator.isCoroutine { throw Errors.runtimeError("cannot reuse already awaited coroutine") }
            switch kind {
            case .forIter(let target):
                caller.stack.removeLast()
                caller.ip = target
            case .send:
                caller.stack.removeLast()
                caller.stack.append(.none)
            case .call, .initializer, .completion:
                break
            }
            return nil
        case .created, .suspended:
            break
        }
        try activate(generator, sending: value)
        let frame = generator.frame
        frame.back = caller
        frame.resumeKind = kind
        return frame
    }

    /// Makes a created or suspended generator the running one: the value sent is checked
    /// (only `None` may start a generator) or pushed as the result of its `yield` (`nil`
    /// sends nothing, for a throw), its frame is counted and its exception state swapped in.
    func activate(_ generator: PyGenerator, sending value: Value?) throws(PyError) {
        if let value {
            if generator.state == .created {
                guard value.isNone else {
                    throw Errors.typeError("can't send non-None value to a just-started \(generator.isCoroutine ? "coroutine" : "generator")")
                }
            } else {
                generator.frame.stack.append(value)
            }
        }
        try enterFrame()
        generator.state = .running
        swap(&handledException, &generator.handledException)
    }

    /// `send`: `subiterator value → subiterator` while it yields, or `→ result`.
    func send(_ f: Frame, entry: Frame, frame: inout Frame) throws(PyError) -> FrameExit? {
        let value = f.stack.removeLast()
        let subiterator = f.top
        guard case .object(let o) = subiterator else { throw Errors.notIterable(subiterator) }
        if let generator = o as? PyGenerator {
            if let next = try resumeGenerator(generator, from: f, sending: value, kind: .send) { frame = next }
            return nil
        }
        if let future = o as? PyFuture {
            if future.isDone {
                f.stack.removeLast()
                f.stack.append(try future.result())
                return nil
            }
            try scheduler.start(future, vm: self)
            if future.isDone {
                f.stack.removeLast()
                f.stack.append(try future.result())
                return nil
            }
            f.ip -= 1
            return try yieldUp(subiterator, from: f, entry: entry, frame: &frame)
        }
        guard value.isNone else { throw Errors.attributeError("'\(subiterator.typeName)' object has no attribute 'send'") }
        if let next = try nextValue(subiterator) {
            f.ip -= 1
            return try yieldUp(next, from: f, entry: entry, frame: &frame)
        }
        f.stack.removeLast()
        f.stack.append((o as? YieldOnce)?.result ?? .none)
        return nil
    }

    /// Finds the handler for an error raised in `start` and returns the frame to continue
    /// in, or rethrows once the error leaves `entry`. Adds traceback lines on the way.
    func unwind(_ error: PyError, from start: Frame, entry: Frame) throws(PyError) -> Frame {
        guard case .exception(let exception) = error else {
            var f = start
            while true {
                finishFrame(f)
                if f === entry { throw error }
                guard let caller = f.back else { throw error }
                f.back = nil
                f = caller
            }
        }
        var current = exception
        if current.context == nil, let handled = handledException, handled !== current {
            current.context = handled
        }
        var skipLine = pendingReraise === current
        pendingReraise = nil
        var f = start
        while true {
            let index = f.ip - 1
            if !skipLine {
                var entry = TracebackEntry(filename: f.code.code.filename, line: f.line(at: index),
                                           function: f.code.code.name)
                let locations = f.code.code.locations
                if index >= 0, index < locations.count {
                    entry.endLine = Int(locations[index].endLine)
                    entry.column = Int(locations[index].column)
                    entry.endColumn = Int(locations[index].endColumn)
                }
                current.traceback.append(entry)
            }
            skipLine = false
            if let handler = f.code.code.exceptionTable.first(where: { $0.start <= index && index < $0.end }) {
                if f.stack.count > handler.depth { f.stack.removeLast(f.stack.count - handler.depth) }
                f.stack.append(.object(current))
                f.ip = handler.target
                return f
            }
            let isGenerator = f.isGeneratorFrame
            finishFrame(f)
            if isGenerator, current.type.isSubtype(of: ExceptionTypes.stopIteration) {
                // PEP 479: StopIteration escaping a generator becomes RuntimeError.
                let kind = f.code.code.flags.contains(.coroutine) ? "coroutine" : "generator"
                let replacement = PyException(type: ExceptionTypes.runtimeError,
                                              args: [.str("\(kind) raised StopIteration")])
                replacement.cause = current
                replacement.context = current
                replacement.traceback = current.traceback
                current = replacement
            }
            if f === entry { throw .exception(current) }
            guard let caller = f.back else { throw .exception(current) }
            f.back = nil
            f = caller
        }
    }

    /// Marks `exception` as re-raised, so the frame re-raising it adds no traceback line.
    func reraising(_ exception: PyException) -> PyError {
        pendingReraise = exception
        return .exception(exception)
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    func raise(_ f: Frame, count: Int) throws(PyError) {
        switch count {
        case 0:
            guard let handled = handledException else {
                throw Errors.runtimeError("No active exception to reraise")
            }
            throw reraising(handled)
        case 1:
            throw .exception(try exceptionInstance(f.stack.removeLast()))
        default:
            let causeValue = f.stack.removeLast()
            let exception = try exceptionInstance(f.stack.removeLast())
            if causeValue.isNone {
                exception.cause = nil
            } else {
                guard case .object(let o) = causeValue else {
                    throw Errors.typeError("exception causes must derive from BaseException")
                }
                if let e = o as? PyException {
                    exception.cause = e
                } else if let type = o as? PyType, type.isSubtype(of: ExceptionTypes.baseException) {
                    exception.cause = try exceptionInstance(causeValue)
                } else {
                    throw Errors.typeError("exception causes must derive from BaseException")
                }
            }
            exception.suppressContext = true
            throw .exception(exception)
        }
    }

    /// An exception instance from `raise X` or `raise X()`.
    func exceptionInstance(_ value: Value) throws(PyError) -> PyException {
        if case .object(let o) = value {
            if let e = o as? PyException { return e }
            if let type = o as? PyType, type.isSubtype(of: ExceptionTypes.baseException) {
                let instance = try call(value, [])
                if case .object(let i) = instance, let e = i as? PyException { return e }
                throw Errors.typeError("calling \(type.name) should have returned an instance of BaseException, not \(instance.typeName)")
            }
        }
        throw Errors.typeError("exceptions must derive from BaseException")
    }

    /// `checkExcMatch`: `isinstance(exc, type)` with the `except` clause's rules.
    func exceptionMatches(_ exception: Value, _ type: Value) throws(PyError) -> Bool {
        let types: [Value]
        if case .object(let o) = type, let tuple = o as? PyTuple { types = tuple.items } else { types = [type] }
        for candidate in types {
            guard case .object(let o) = candidate, let t = o as? PyType, t.isSubtype(of: ExceptionTypes.baseException) else {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            if exception.pyType.isSubtype(of: t) { return true }
        }
        return false
    }
}
