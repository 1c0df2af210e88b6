/// Methods of generators, coroutines, iterators, properties and exceptions.
enum GeneratorMethods {
    static func receiver(_ args: Arguments) throws(PyError) -> PyGenerator {
        guard case .object(let o) = args.positional[0], let g = o as? PyGenerator else {
            throw Errors.typeError("descriptor requires a 'generator' object")
        }
        return g
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("generator", "send") { vm, args throws(PyError) in
            try args.expectMethod("send", min: 1, max: 1)
            let g = try receiver(args)
            guard let value = try vm.generatorSend(g, args.positional[1]) else { throw Errors.stopIteration(g.returnValue) }
            return value
        },
        method("generator", "close") { vm, args throws(PyError) in
            try vm.closeGenerator(try receiver(args))
            return .none
        },
        method("generator", "throw") { vm, args throws(PyError) in
            try args.expectMethod("throw", min: 1, max: 3)
            let g = try receiver(args)
            let exception = try vm.exceptionInstance(args.positional[1])
            guard let value = try vm.generatorThrow(g, .exception(exception)) else { throw Errors.stopIteration(g.returnValue) }
            return value
        },
        method("generator", "__next__") { vm, args throws(PyError) in
            let g = try receiver(args)
            guard let value = try vm.generatorSend(g, .none) else { throw Errors.stopIteration(g.returnValue) }
            return value
        },
        method("generator", "__iter__") { vm, args throws(PyError) in args.positional[0] },
    ])

    nonisolated(unsafe) static let coroutineTable: [String: Value] = methodTable([
        method("coroutine", "close") { vm, args throws(PyError) in
            let g = try receiver(args)
            if g.state != .running { g.state = .finished }
            return .none
        },
    ])
}

enum IteratorMethods {
    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("iterator", "__next__") { vm, args throws(PyError) in
            guard let value = try vm.nextValue(args.positional[0]) else { throw Errors.stopIteration() }
            return value
        },
        method("iterator", "__iter__") { vm, args throws(PyError) in args.positional[0] },
    ])
}

enum PropertyMethods {
    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("property", min: 0, max: 4, allowKeywords: ["fget", "fset", "fdel", "doc"])
        return .object(PyProperty(getter: args.argument(0, "fget") ?? .none, setter: args.argument(1, "fset") ?? .none,
                                  deleter: args.argument(2, "fdel") ?? .none))
    }

    static func receiver(_ args: Arguments) -> PyProperty {
        if case .object(let o) = args.positional[0], let p = o as? PyProperty { return p }
        return PyProperty(getter: .none)
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("property", "setter") { vm, args throws(PyError) in
            let p = receiver(args)
            return .object(PyProperty(getter: p.getter, setter: args.positional[1], deleter: p.deleter))
        },
        method("property", "getter") { vm, args throws(PyError) in
            let p = receiver(args)
            return .object(PyProperty(getter: args.positional[1], setter: p.setter, deleter: p.deleter))
        },
        method("property", "deleter") { vm, args throws(PyError) in
            let p = receiver(args)
            return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: args.positional[1]))
        },
    ])
}

enum ExceptionMethods {
    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("BaseException", "__init__") { vm, args throws(PyError) in
            if case .object(let o) = args.positional[0], let e = o as? PyException { e.args = Array(args.positional.dropFirst()) }
            return .none
        },
        method("BaseException", "with_traceback") { vm, args throws(PyError) in args.positional[0] },
        method("BaseException", "add_note") { vm, args throws(PyError) in .none },
        method("BaseException", "__str__") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let e = o as? PyException else { return .str("") }
            switch e.args.count {
            case 0: return .str("")
            case 1: return .str(try vm.str(e.args[0]))
            default: return .str(try vm.repr(.tuple(e.args)))
            }
        },
        method("BaseException", "__repr__") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let e = o as? PyException else { return .str("") }
            let inner = e.args.count == 1 ? "(" + (try vm.repr(e.args[0])) + ")" : try vm.repr(.tuple(e.args))
            return .str(e.type.name + inner)
        },
    ])
}

enum FutureMethods {
    static func receiver(_ args: Arguments) -> PyFuture {
        if case .object(let o) = args.positional[0], let f = o as? PyFuture { return f }
        return PyFuture()
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("Future", "result") { vm, args throws(PyError) in try receiver(args).result() },
        method("Future", "done") { vm, args throws(PyError) in .bool(receiver(args).isDone) },
        method("Future", "cancelled") { vm, args throws(PyError) in .bool(receiver(args).isCancelled) },
        method("Future", "exception") { vm, args throws(PyError) in
            switch receiver(args).state {
            case .failed(let e): return .object(e)
            case .cancelled: throw Errors.bare(ExceptionTypes.cancelledError)
            case .pending: throw Errors.make(ExceptionTypes.invalidStateError, "Exception is not set.")
            case .finished: return .none
            }
        },
        method("Future", "set_result") { vm, args throws(PyError) in
            let f = receiver(args)
            guard !f.isDone else { throw Errors.make(ExceptionTypes.invalidStateError, "invalid state") }
            vm.scheduler.complete(f, .finished(args.positional[1]))
            return .none
        },
        method("Future", "cancel") { vm, args throws(PyError) in .bool(Asyncio.cancel(vm, receiver(args))) },
        method("Future", "add_done_callback") { vm, args throws(PyError) in
            let f = receiver(args)
            let callback = args.positional[1]
            vm.scheduler.whenDone(f) { vm throws(PyError) in _ = try vm.call(callback, [.object(f)]) }
            return .none
        },
        method("Future", "__await__") { vm, args throws(PyError) in args.positional[0] },
    ])

    nonisolated(unsafe) static let taskTable: [String: Value] = methodTable([
        method("Task", "get_name") { vm, args throws(PyError) in .str((receiver(args) as? PyTask)?.name ?? "") },
    ])
}
