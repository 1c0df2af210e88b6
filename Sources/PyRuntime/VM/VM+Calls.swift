import PyCompiler

extension VM {
    /// Calls `callee` from the interpreter loop. A Python function gets a new frame, which is
    /// returned for the loop to switch to; anything else runs now and its result is pushed on
    /// `caller`'s stack (then `nil` is returned). The last `keywordNames.count` arguments are
    /// keyword arguments.
    func invoke(_ callee: Value, _ args: [Value], keywordNames: [String], from caller: Frame) throws(PyError) -> Frame? {
        guard case .object(let o) = callee else { throw Errors.notCallable(callee) }
        if let function = o as? PyFunction {
            return try start(function, args, keywordNames: keywordNames, caller: caller, kind: .call)
        }
        if let bound = o as? PyBoundMethod {
            if case .object(let f) = bound.function, let function = f as? PyFunction {
                return try start(function, [bound.receiver] + args, keywordNames: keywordNames, caller: caller,
                                 kind: .call)
            }
            if case .object(let f) = bound.function, let forwarding = f as? PyForwardingCallable {
                let plan = try forwarding.forward(self, [bound.receiver] + args, keywordNames: keywordNames)
                return try invokeForwarded(plan, from: caller)
            }
            caller.stack.append(try call(bound.function, [bound.receiver] + args, keywordNames: keywordNames))
            return nil
        }
        if let type = o as? PyType {
            if let metaclassCall = type.type.specialMethod("__call__") {
                caller.stack.append(try call(metaclassCall, [callee] + args, keywordNames: keywordNames))
                return nil
            }
            let instance = try createInstance(type, args, keywordNames: keywordNames)
            if let initializer = try userInitializer(type, instance: instance) {
                if case .object(let f) = initializer, let function = f as? PyFunction {
                    return try start(function, [instance] + args, keywordNames: keywordNames, caller: caller,
                                     kind: .initializer(instance))
                }
                try runInitializer(initializer, instance, args, keywordNames: keywordNames)
            }
            caller.stack.append(instance)
            return nil
        }
        if !o.type.isBuiltin, case .object(let m)? = o.type.lookup("__call__"), let method = m as? PyFunction {
            return try start(method, [callee] + args, keywordNames: keywordNames, caller: caller, kind: .call)
        }
        if !(o is PyBuiltinFunction), let forwarding = o as? PyForwardingCallable {
            return try invokeForwarded(try forwarding.forward(self, args, keywordNames: keywordNames), from: caller)
        }
        caller.stack.append(try call(callee, args, keywordNames: keywordNames))
        return nil
    }

    /// Carries out a forwarded call from the interpreter loop: a Python target gets a frame
    /// (returned for the loop to switch to), anything else runs now.
    private func invokeForwarded(_ plan: ForwardedCall, from caller: Frame) throws(PyError) -> Frame? {
        switch plan {
        case .result(let value):
            caller.stack.append(value)
            return nil
        case .call(let target, let args, let keywordNames, let completion):
            if case .object(let t) = target, let function = t as? PyFunction {
                return try start(function, args, keywordNames: keywordNames, caller: caller,
                                 kind: completion.map { .completion($0) } ?? .call)
            }
            let result = try call(target, args, keywordNames: keywordNames)
            try completion?.deliver(result)
            caller.stack.append(result)
            return nil
        }
    }

    /// Creates the frame for a Python function call; generators and coroutines are created
    /// (pushed on `caller`) without running.
    private func start(_ function: PyFunction, _ args: [Value], keywordNames: [String], caller: Frame,
                       kind: ResumeKind) throws(PyError) -> Frame? {
        let frame = try makeFrame(function, args, keywordNames: keywordNames)
        if let generator = wrapIfGenerator(frame) {
            if case .completion(let completion) = kind { try completion.deliver(.object(generator)) }
            caller.stack.append(.object(generator))
            return nil
        }
        try enterFrame()
        frame.back = caller
        frame.resumeKind = kind
        return frame
    }

    /// A generator or coroutine object for frames of such code, else `nil`.
    func wrapIfGenerator(_ frame: Frame) -> PyGenerator? {
        let flags = frame.code.code.flags
        if flags.contains(.coroutine) { return PyGenerator(frame: frame, type: BuiltinTypes.coroutine) }
        if flags.contains(.generator) { return PyGenerator(frame: frame, type: BuiltinTypes.generator) }
        return nil
    }

    /// Calls any callable from Swift (built-ins calling back into Python), running Python
    /// code in a nested interpreter loop.
    func call(_ callee: Value, _ args: [Value], keywordNames: [String] = []) throws(PyError) -> Value {
        guard case .object(let o) = callee else { throw Errors.notCallable(callee) }
        if let builtin = o as? PyBuiltinFunction {
            // A method called through its class (`dict.keys()`) must still get its receiver:
            // method bodies read `positional[0]`.
            if let owner = builtin.ownerName, args.count == keywordNames.count {
                throw Errors.unboundMethodWithoutReceiver(owner, builtin.name)
            }
            return try builtin.body(self, arguments(args, keywordNames))
        }
        if let function = o as? PyFunction {
            let frame = try makeFrame(function, args, keywordNames: keywordNames)
            if let generator = wrapIfGenerator(frame) { return .object(generator) }
            return try runNested(frame)
        }
        if let bound = o as? PyBoundMethod {
            return try call(bound.function, [bound.receiver] + args, keywordNames: keywordNames)
        }
        if let forwarding = o as? PyForwardingCallable {
            switch try forwarding.forward(self, args, keywordNames: keywordNames) {
            case .result(let value):
                return value
            case .call(let target, let args, let keywordNames, let completion):
                // A chain of forwarding objects recurses here: bounded like nested containers.
                let result = try nested { () throws(PyError) in try call(target, args, keywordNames: keywordNames) }
                try completion?.deliver(result)
                return result
            }
        }
        if let type = o as? PyType {
            // A metaclass that defines `__call__` (`enum.EnumType`) decides what calling its classes does.
            if let metaclassCall = type.type.specialMethod("__call__") {
                return try call(metaclassCall, [callee] + args, keywordNames: keywordNames)
            }
            let instance = try createInstance(type, args, keywordNames: keywordNames)
            if let initializer = try userInitializer(type, instance: instance) {
                try runInitializer(initializer, instance, args, keywordNames: keywordNames)
            }
            return instance
        }
        if let callMethod = o.type.lookup("__call__") {
            return try call(callMethod, [callee] + args, keywordNames: keywordNames)
        }
        throw Errors.notCallable(callee)
    }

    /// Calls with keyword arguments given as pairs.
    func call(_ callee: Value, _ arguments: Arguments) throws(PyError) -> Value {
        try call(callee, arguments.positional + arguments.keywords.map(\.value),
                 keywordNames: arguments.keywords.map(\.name))
    }

    /// Runs a ready frame to completion in a nested loop.
    func runNested(_ frame: Frame) throws(PyError) -> Value {
        if nestedRuns >= limits.maxNestedCallbacks { throw Errors.recursion() }
        try enterFrame()
        nestedRuns += 1
        defer { nestedRuns -= 1 }
        switch try run(frame) {
        case .returned(let value): return value
        case .yielded: throw Errors.runtimeError("cannot suspend inside a callback from a built-in function")
        }
    }

    /// Calls `value.name(*args)`.
    func callMethod(_ value: Value, _ name: String, _ args: [Value]) throws(PyError) -> Value {
        let (callable, receiver) = try loadMethod(value, interner.intern(name))
        if case .object(let o) = callable, o === BuiltinTypes.null { return try call(receiver, args) }
        return try call(callable, [receiver] + args)
    }

    /// Splits flat arguments into positional and keyword parts.
    func arguments(_ args: [Value], _ keywordNames: [String]) -> Arguments {
        if keywordNames.isEmpty { return Arguments(args) }
        let split = args.count - keywordNames.count
        var keywords: [(name: String, value: Value)] = []
        keywords.reserveCapacity(keywordNames.count)
        for (i, name) in keywordNames.enumerated() { keywords.append((name, args[split + i])) }
        return Arguments(Array(args[..<split]), keywords: keywords)
    }

    // MARK: Classes

    /// Allocates an instance of `type` (its `__new__`), before `__init__`.
    func createInstance(_ type: PyType, _ args: [Value], keywordNames: [String]) throws(PyError) -> Value {
        if type === BuiltinTypes.type, args.count == 1, keywordNames.isEmpty { return .object(args[0].pyType) }
        if let new = type.lookup("__new__"), case .object(let o) = new, let wrapper = o as? PyMethodWrapper {
            return try call(wrapper.function, [.object(type)] + args, keywordNames: keywordNames)
        }
        if type.isBuiltin, let constructor = type.constructor {
            return try constructor(self, type, arguments(args, keywordNames))
        }
        if type.isBuiltin { throw Errors.typeError("cannot create '\(type.name)' instances") }
        // A user class: the nearest built-in base decides the instance's storage.
        for base in type.mro.dropFirst() where base.isBuiltin {
            if base.hasSpecialMethods, let initializer = base.namespace["__init__"], let constructor = base.constructor {
                // A module class that fills its instances in `__init__` (`deque`, `Counter`).
                let instance = try constructor(self, type, Arguments())
                if try userInitializer(type, instance: .none) == nil {
                    _ = try call(initializer, [instance] + args, keywordNames: keywordNames)
                }
                return instance
            }
            switch base.layout {
            case .object:
                if try userInitializer(type, instance: .none) == nil, !args.isEmpty {
                    throw Errors.typeError("\(type.name)() takes no arguments")
                }
                return .object(PyObject(type: type))
            case .exception:
                return .object(PyException(type: type, args: Array(args.prefix(args.count - keywordNames.count))))
            case .list, .dict, .set, .frozenset:
                let ownInitializer = try userInitializer(type, instance: .none) != nil
                let instance: PyObject
                switch base.layout {
                case .list: instance = PyList([], type: type)
                case .dict: instance = PyDict(type: type)
                default: instance = PySet(type: type)
                }
                if !ownInitializer, let initializer = base.namespace["__init__"] ?? base.lookup("__init__") {
                    _ = try call(initializer, [.object(instance)] + args, keywordNames: keywordNames)
                }
                return .object(instance)
            default:
                guard let constructor = base.constructor else { continue }
                return try constructor(self, type, arguments(args, keywordNames))
            }
        }
        return .object(PyObject(type: type))
    }

    /// The `__init__` to run for a new instance of a user class: one the class or a base
    /// defines (a Python function, or a module's, such as a dataclass's generated one), not
    /// a core type's.
    func userInitializer(_ type: PyType, instance: Value) throws(PyError) -> Value? {
        if type.isBuiltin { return nil }
        return type.specialMethod("__init__")
    }

    /// Calls an `__init__` that is not a Python function, which must return `None`.
    func runInitializer(_ initializer: Value, _ instance: Value, _ args: [Value],
                        keywordNames: [String]) throws(PyError) {
        let result = try call(initializer, [instance] + args, keywordNames: keywordNames)
        guard result.isNone else { throw Errors.typeError("__init__() should return None, not '\(result.typeName)'") }
    }

    // MARK: Functions

    /// `makeFunction`: `[defaults] [kwdefaults] [closure] code → function`.
    func makeFunction(_ f: Frame, _ flags: MakeFunctionFlags) throws(PyError) -> Value {
        guard case .object(let c) = f.stack.removeLast(), let code = c as? RuntimeCode else {
            throw Errors.runtimeError("bad code object")
        }
        var closure: [PyCell] = []
        var keywordDefaults: [String: Value] = [:]
        var defaults: [Value] = []
        if flags.contains(.closure), case .object(let o) = f.stack.removeLast(), let tuple = o as? PyTuple {
            closure = tuple.items.compactMap { if case .object(let cell) = $0 { return cell as? PyCell }; return nil }
        }
        if flags.contains(.kwDefaults), case .object(let o) = f.stack.removeLast(), let dict = o as? PyDict {
            for (key, value) in dict.entries {
                if case .object(let k) = key, let s = k as? PyStr { keywordDefaults[s.value] = value }
            }
        }
        if flags.contains(.defaults), case .object(let o) = f.stack.removeLast(), let tuple = o as? PyTuple {
            defaults = tuple.items
        }
        return .object(PyFunction(code: code, globals: f.globals, defaults: defaults,
                                  keywordDefaults: keywordDefaults, closure: closure))
    }

    /// Binds call arguments to a new frame for `function`, with CPython's error messages.
    func makeFrame(_ function: PyFunction, _ args: [Value], keywordNames: [String]) throws(PyError) -> Frame {
        let runtimeCode = function.runtimeCode
        let code = runtimeCode.code
        let frame = newFrame(runtimeCode, globals: function.globals)
        let positionalCount = args.count - keywordNames.count
        let argumentCount = code.argumentCount
        if runtimeCode.isSimple, keywordNames.isEmpty, positionalCount == argumentCount {
            for i in 0..<argumentCount { frame.locals[i] = args[i] }
            if !function.closure.isEmpty { frame.cells = function.closure }
            return frame
        }
        let name = function.qualifiedName
        var slot = argumentCount + code.keywordOnlyCount
        let varargsSlot = code.flags.contains(.varargs) ? slot : nil
        if varargsSlot != nil { slot += 1 }
        let kwargsSlot = code.flags.contains(.varkeywords) ? slot : nil

        for i in 0..<min(positionalCount, argumentCount) { frame.locals[i] = args[i] }
        if positionalCount > argumentCount {
            if let varargsSlot {
                frame.locals[varargsSlot] = .tuple(Array(args[argumentCount..<positionalCount]))
            } else {
                throw tooManyPositional(name, code: code, defaults: function.defaults.count, given: positionalCount,
                                        keywordNames: keywordNames)
            }
        } else if let varargsSlot {
            frame.locals[varargsSlot] = .object(PyTuple.empty)
        }
        let kwargs: PyDict? = kwargsSlot != nil ? PyDict() : nil
        var positionalOnlyPassed: [String] = []
        for (k, keyword) in keywordNames.enumerated() {
            let value = args[positionalCount + k]
            var index: Int?
            for i in code.positionalOnlyCount..<(argumentCount + code.keywordOnlyCount) where code.varnames[i] == keyword {
                index = i
                break
            }
            if let index {
                if frame.locals[index] != nil {
                    throw Errors.typeError("\(name)() got multiple values for argument '\(keyword)'")
                }
                frame.locals[index] = value
            } else if let kwargs {
                kwargs.set(keyword, value)
            } else if code.varnames.prefix(code.positionalOnlyCount).contains(keyword) {
                positionalOnlyPassed.append(keyword)
            } else {
                throw Errors.typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
            }
        }
        if !positionalOnlyPassed.isEmpty {
            throw Errors.typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
        }
        if let kwargsSlot, let kwargs { frame.locals[kwargsSlot] = .object(kwargs) }
        // Defaults for missing positional parameters.
        let firstDefault = argumentCount - function.defaults.count
        var missing: [String] = []
        for i in positionalCount..<max(positionalCount, argumentCount) where frame.locals[i] == nil {
            if i >= firstDefault {
                frame.locals[i] = function.defaults[i - firstDefault]
            } else {
                missing.append(code.varnames[i])
            }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        for i in argumentCount..<(argumentCount + code.keywordOnlyCount) where frame.locals[i] == nil {
            if let value = function.keywordDefaults[code.varnames[i]] {
                frame.locals[i] = value
            } else {
                missing.append(code.varnames[i])
            }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "keyword-only") }
        if !code.cellvars.isEmpty || !function.closure.isEmpty { prepareCells(frame, closure: function.closure) }
        return frame
    }

    /// Creates a frame's cells: its own cell variables (a captured parameter starts with the
    /// argument's value), then the closure's cells.
    func prepareCells(_ frame: Frame, closure: [PyCell]) {
        let code = frame.code.code
        var cells: [PyCell] = []
        cells.reserveCapacity(code.cellvars.count + closure.count)
        for (i, _) in code.cellvars.enumerated() {
            if let slot = code.cellParameterSlots[i] { cells.append(PyCell(frame.locals[slot])) } else { cells.append(PyCell()) }
        }
        cells.append(contentsOf: closure)
        frame.cells = cells
    }

    private func tooManyPositional(_ name: String, code: CodeObject, defaults: Int, given: Int,
                                   keywordNames: [String]) -> PyError {
        let maximum = code.argumentCount
        let minimum = maximum - defaults
        let keywordOnlyGiven = keywordNames.filter { code.varnames[code.argumentCount..<(code.argumentCount + code.keywordOnlyCount)].contains($0) }.count
        if keywordOnlyGiven > 0 {
            let takes = Errors.positionalCount(minimum: minimum, maximum: maximum)
            return Errors.typeError("\(name)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given")
        }
        return Errors.tooManyPositional(name, minimum: minimum, maximum: maximum, given: given)
    }

    private func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyError {
        Errors.missingArguments(name, missing, kind: kind)
    }
}
