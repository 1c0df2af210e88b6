import PyCompiler

extension VM {
    /// The interpreter loop. Switches `frame` on Python calls and returns; returns when
    /// `entry` returns or yields. Any thrown error leaves `frame` at the frame that raised
    /// it, with `ip` just past the raising instruction.
    func execute(_ frame: inout Frame, entry: Frame) throws(PyError) -> FrameExit {
        frameLoop: while true {
        let f = frame
        let runtimeCode = f.code
        let instructions = runtimeCode.instructionBuffer
        let constants = runtimeCode.constantBuffer
        let nameIdentities = runtimeCode.identityBuffer
        let nameHashes = runtimeCode.hashBuffer
        let globals = f.globals
        while true {
            if blockRequested, let future = pendingBlock {
                blockRequested = false
                pendingBlock = nil
                frame.stack.removeLast()
                return try block(frame, on: future, entry: entry)
            }
            let instruction = instructions[f.ip]
            f.ip += 1
            switch instruction {
            case .nop:
                break
            case .pop:
                f.stack.removeLast()
            case .copy(let n):
                f.stack.append(f.stack[f.stack.count - n])
            case .swap(let n):
                f.stack.swapAt(f.stack.count - 1, f.stack.count - n)

            case .loadConst(let i):
                f.stack.append(constants[i])
            case .loadFast(let i):
                guard let value = f.locals[i] else { throw Errors.unboundLocal(f.code.code.varnames[i]) }
                f.stack.append(value)
            case .storeFast(let i):
                f.locals[i] = f.stack.removeLast()
            case .deleteFast(let i):
                guard f.locals[i] != nil else { throw Errors.unboundLocal(f.code.code.varnames[i]) }
                f.locals[i] = nil
            case .loadDeref(let i):
                guard let value = f.cells[i].value else { throw unboundCell(f, i) }
                f.stack.append(value)
            case .storeDeref(let i):
                f.cells[i].value = f.stack.removeLast()
            case .deleteDeref(let i):
                guard f.cells[i].value != nil else { throw unboundCell(f, i) }
                f.cells[i].value = nil
            case .loadClosure(let i):
                f.stack.append(.object(f.cells[i]))
            case .loadClassDeref(let i):
                let name = cellName(f, i)
                if let ns = f.namespace, let value = ns.get(interner.intern(name)) {
                    f.stack.append(value)
                } else {
                    guard let value = f.cells[i].value else { throw unboundCell(f, i) }
                    f.stack.append(value)
                }
            case .loadGlobal(let i):
                let identity = nameIdentities[i], hash = nameHashes[i]
                var found: Value?
                switch globals.lookup(identity: identity, hash: hash) {
                case .found(let value): found = value
                case .unsure: found = globals.get(runtimeCode.names[i])
                case .absent: break
                }
                if found == nil {
                    switch builtins.lookup(identity: identity, hash: hash) {
                    case .found(let value): found = value
                    case .unsure: found = builtins.get(runtimeCode.names[i])
                    case .absent: break
                    }
                }
                guard let value = found else { throw Errors.nameNotDefined(runtimeCode.names[i].value) }
                f.stack.append(value)
            case .storeGlobal(let i):
                let value = f.stack.removeLast()
                if !globals.replace(identity: nameIdentities[i], hash: nameHashes[i], with: value) {
                    globals.set(runtimeCode.names[i], value)
                }
            case .deleteGlobal(let i):
                let name = runtimeCode.names[i]
                guard try f.globals.remove(.object(name), vm: self) != nil else {
                    throw Errors.nameNotDefined(name.value)
                }
            case .loadBuiltin(let i):
                let name = runtimeCode.names[i]
                guard let value = builtins.get(name) else { throw Errors.nameNotDefined(name.value) }
                f.stack.append(value)
            case .loadName(let i):
                let name = runtimeCode.names[i]
                if let value = f.namespace?.get(name) ?? f.globals.get(name) ?? builtins.get(name) {
                    f.stack.append(value)
                } else {
                    throw Errors.nameNotDefined(name.value)
                }
            case .storeName(let i):
                let value = f.stack.removeLast()
                (f.namespace ?? f.globals).set(runtimeCode.names[i], value)
            case .deleteName(let i):
                let name = runtimeCode.names[i]
                guard try (f.namespace ?? f.globals).remove(.object(name), vm: self) != nil else {
                    throw Errors.nameNotDefined(name.value)
                }

            case .loadAttr(let i):
                let object = f.stack.removeLast()
                f.stack.append(try getAttribute(object, runtimeCode.names[i]))
            case .storeAttr(let i):
                let object = f.stack.removeLast()
                let value = f.stack.removeLast()
                try setAttribute(object, runtimeCode.names[i], value)
            case .deleteAttr(let i):
                let object = f.stack.removeLast()
                try deleteAttribute(object, runtimeCode.names[i])
            case .loadMethod(let i):
                let object = f.stack.removeLast()
                let (callable, receiver) = try loadMethod(object, runtimeCode.names[i])
                f.stack.append(callable)
                f.stack.append(receiver)
            case .binarySubscript:
                let key = f.stack.removeLast()
                let container = f.stack.removeLast()
                f.stack.append(try getItem(container, key))
            case .storeSubscript:
                let key = f.stack.removeLast()
                let container = f.stack.removeLast()
                let value = f.stack.removeLast()
                try setItem(container, key, value)
            case .deleteSubscript:
                let key = f.stack.removeLast()
                let container = f.stack.removeLast()
                try deleteItem(container, key)
            case .buildSlice(let n):
                let step: Value = n == 3 ? f.stack.removeLast() : .none
                let stop = f.stack.removeLast()
                let start = f.stack.removeLast()
                f.stack.append(.object(PySlice(start: start, stop: stop, step: step)))

            case .binary(let op):
                let right = f.stack.removeLast()
                let left = f.stack.removeLast()
                if case .int(let a) = left, case .int(let b) = right, let result = fastIntBinary(op, a, b) {
                    f.stack.append(.int(result))
                } else {
                    f.stack.append(try binaryOperation(op, left, right))
                }
            case .inplace(let op):
                let right = f.stack.removeLast()
                let left = f.stack.removeLast()
                if case .int(let a) = left, case .int(let b) = right, let result = fastIntBinary(op, a, b) {
                    f.stack.append(.int(result))
                } else {
                    f.stack.append(try inplaceOperation(op, left, right))
                }
            case .unary(let op):
                let operand = f.stack.removeLast()
                f.stack.append(try unaryOperation(op, operand))
            case .compare(let op):
                let right = f.stack.removeLast()
                let left = f.stack.removeLast()
                if case .int(let a) = left, case .int(let b) = right, let result = fastIntCompare(op, a, b) {
                    f.stack.append(.bool(result))
                } else {
                    f.stack.append(try compareOperation(op, left, right))
                }

            case .jump(let target):
                if target < f.ip { try tick() }
                f.ip = target
            case .popJumpIfFalse(let target):
                let value = f.stack.removeLast()
                if try !isTruthy(value) {
                    if target < f.ip { try tick() }
                    f.ip = target
                }
            case .popJumpIfTrue(let target):
                let value = f.stack.removeLast()
                if try isTruthy(value) {
                    if target < f.ip { try tick() }
                    f.ip = target
                }
            case .jumpIfFalseOrPop(let target):
                if try !isTruthy(f.top) { f.ip = target } else { f.stack.removeLast() }
            case .jumpIfTrueOrPop(let target):
                if try isTruthy(f.top) { f.ip = target } else { f.stack.removeLast() }
            case .getIter:
                let iterable = f.stack.removeLast()
                f.stack.append(try iterate(iterable))
            case .forIter(let target):
                let iterator = f.top
                if case .object(let o) = iterator, let generator = o as? PyGenerator {
                    if let next = try resumeGenerator(generator, from: f, sending: .none, kind: .forIter(target)) {
                        frame = next
                        continue frameLoop
                    }
                    // Otherwise the generator was exhausted and `f` already jumped.
                } else if let next = try nextValue(iterator, counted: false) {
                    f.stack.append(next)
                } else {
                    f.stack.removeLast()
                    f.ip = target
                }

            case .buildTuple(let n):
                let items = Array(f.stack[(f.stack.count - n)...])
                f.stack.removeLast(n)
                f.stack.append(.object(n == 0 ? PyTuple.empty : PyTuple(items)))
            case .buildList(let n):
                let items = Array(f.stack[(f.stack.count - n)...])
                f.stack.removeLast(n)
                f.stack.append(.object(PyList(items)))
            case .buildSet(let n):
                let items = Array(f.stack[(f.stack.count - n)...])
                f.stack.removeLast(n)
                let set = PySet()
                for item in items { try set.add(item, vm: self) }
                f.stack.append(.object(set))
            case .buildMap(let n):
                let base = f.stack.count - 2 * n
                let dict = PyDict()
                for k in 0..<n { try dict.set(f.stack[base + 2 * k], f.stack[base + 2 * k + 1], vm: self) }
                f.stack.removeLast(2 * n)
                f.stack.append(.object(dict))
            case .buildString(let n):
                var result = ""
                for item in f.stack[(f.stack.count - n)...] {
                    if case .object(let o) = item, let s = o as? PyStr { result += s.value }
                }
                f.stack.removeLast(n)
                f.stack.append(.str(result))
            case .listAppend(let depth):
                let item = f.stack.removeLast()
                if case .object(let o) = f.peek(depth), let list = o as? PyList {
                    try reserveMemory(16)
                    list.items.append(item)
                }
            case .listExtend(let depth):
                let iterable = f.stack.removeLast()
                if !isIterable(iterable) {
                    throw Errors.typeError("Value after * must be an iterable, not \(iterable.typeName)")
                }
                if case .object(let o) = f.peek(depth), let list = o as? PyList {
                    list.items.append(contentsOf: try collect(iterable))
                }
            case .setAdd(let depth):
                let item = f.stack.removeLast()
                if case .object(let o) = f.peek(depth), let set = o as? PySet {
                    try reserveMemory(24)
                    try set.add(item, vm: self)
                }
            case .setUpdate(let depth):
                let iterable = f.stack.removeLast()
                if case .object(let o) = f.peek(depth), let set = o as? PySet {
                    for item in try collect(iterable) { try set.add(item, vm: self) }
                }
            case .mapAdd(let depth):
                let value = f.stack.removeLast()
                let key = f.stack.removeLast()
                if case .object(let o) = f.peek(depth), let dict = o as? PyDict {
                    try reserveMemory(48)
                    try dict.set(key, value, vm: self)
                }
            case .dictUpdate(let depth):
                let mapping = f.stack.removeLast()
                if case .object(let o) = f.peek(depth), let dict = o as? PyDict {
                    try updateDict(dict, from: mapping, merging: nil)
                }
            case .dictMerge(let depth):
                let mapping = f.stack.removeLast()
                if case .object(let o) = f.peek(depth), let dict = o as? PyDict {
                    try updateDict(dict, from: mapping, merging: f.peek(depth + 2))
                }
            case .listToTuple:
                if case .object(let o) = f.stack.removeLast(), let list = o as? PyList {
                    f.stack.append(.tuple(list.items))
                }
            case .formatValue(let conversion, let hasSpec):
                let spec = hasSpec ? f.stack.removeLast() : nil
                let value = f.stack.removeLast()
                f.stack.append(.str(try formatField(value, conversion: conversion, spec: spec)))
            case .unpackSequence(let n):
                let items = try unpack(f.stack.removeLast(), count: n)
                f.stack.append(contentsOf: items.reversed())
            case .unpackEx(let before, let after):
                let items = try unpackStarred(f.stack.removeLast(), before: before, after: after)
                f.stack.append(contentsOf: items.reversed())

            case .call(let argc):
                let calleeValue = f.stack[f.stack.count - argc - 1]
                if case .object(let o) = calleeValue, let function = o as? PyFunction,
                   let next = try directFrame(function, argc: argc, from: f, dropping: argc + 1) {
                    frame = next
                    continue frameLoop
                }
                let (callee, args) = popCall(f, argc: argc)
                if let next = try invokeChecked(callee, args, keywordNames: [], from: f) {
                    frame = next
                    continue frameLoop
                }
            case .callKw(let argc, let kwnames):
                let (callee, args) = popCall(f, argc: argc)
                if let next = try invokeChecked(callee, args, keywordNames: keywordNames(f, kwnames), from: f) {
                    frame = next
                    continue frameLoop
                }
            case .callEx(let hasKwargs):
                let kwargs = hasKwargs ? f.stack.removeLast() : nil
                let positional = f.stack.removeLast()
                let callee = f.stack.removeLast()
                if !isIterable(positional) {
                    throw Errors.typeError("\(try calleeName(callee))() argument after * must be an iterable, not \(positional.typeName)")
                }
                var args = try collect(positional)
                var names: [String] = []
                if case .object(let o)? = kwargs, let dict = o as? PyDict {
                    for (key, value) in dict.entries {
                        guard case .object(let k) = key, let s = k as? PyStr else {
                            throw Errors.typeError("keywords must be strings")
                        }
                        names.append(s.value)
                        args.append(value)
                    }
                }
                if let next = try invokeChecked(callee, args, keywordNames: names, from: f) {
                    frame = next
                    continue frameLoop
                }
            case .callMethod(let argc):
                let base = f.stack.count - argc - 2
                if case .object(let o) = f.stack[base], let function = o as? PyFunction,
                   let next = try directFrame(function, argc: argc + 1, from: f, dropping: argc + 2) {
                    frame = next
                    continue frameLoop
                }
                let (callee, args) = popMethodCall(f, argc: argc)
                if let next = try invokeChecked(callee, args, keywordNames: [], from: f) {
                    frame = next
                    continue frameLoop
                }
            case .callMethodKw(let argc, let kwnames):
                let (callee, args) = popMethodCall(f, argc: argc)
                if let next = try invokeChecked(callee, args, keywordNames: keywordNames(f, kwnames), from: f) {
                    frame = next
                    continue frameLoop
                }
            case .makeFunction(let flags):
                f.stack.append(try makeFunction(f, flags))
            case .returnValue:
                let result = f.stack.removeLast()
                if f === entry {
                    finishFrame(f)
                    return .returned(result)
                }
                guard let caller = f.back else { return .returned(result) }
                finishFrame(f)
                frame = caller
                try deliverReturn(result, from: f, to: caller)
                if !f.isGeneratorFrame, f.namespace == nil, framePool.count < 64 {
                    f.clearForReuse()
                    framePool.append(f)
                }
                continue frameLoop
            case .loadBuildClass:
                f.stack.append(.object(BuiltinModule.buildClass))

            case .yieldValue:
                let value = f.stack.removeLast()
                if let exit = try yieldUp(value, from: f, entry: entry, frame: &frame) { return exit }
                continue frameLoop
            case .getYieldFromIter:
                let value = f.stack.removeLast()
                if case .object(let o) = value, o is PyGenerator {
                    f.stack.append(value)
                } else {
                    f.stack.append(try iterate(value))
                }
            case .getAwaitable:
                let value = f.stack.removeLast()
                f.stack.append(try awaitable(value))
            case .send:
                if let exit = try send(f, entry: entry, frame: &frame) { return exit }
                if frame !== f { continue frameLoop }
            case .getAIter:
                let value = f.stack.removeLast()
                f.stack.append(try callMethod(value, "__aiter__", []))
            case .getANext:
                let iterator = f.top
                f.stack.append(try awaitable(try callMethod(iterator, "__anext__", [])))
            case .endAsyncFor:
                let error = f.stack.removeLast()
                f.stack.removeLast()
                guard case .object(let o) = error, let exception = o as? PyException else { break }
                if !exception.type.isSubtype(of: ExceptionTypes.stopAsyncIteration) {
                    throw reraising(exception)
                }

            case .raise(let n):
                try raise(f, count: n)
            case .reraise:
                let value = f.stack.removeLast()
                guard case .object(let o) = value, let exception = o as? PyException else {
                    throw Errors.typeError("exceptions must derive from BaseException")
                }
                throw reraising(exception)
            case .pushExcInfo:
                let exception = f.stack.removeLast()
                f.stack.append(handledException.map { .object($0) } ?? .none)
                if case .object(let o) = exception, let e = o as? PyException { handledException = e }
                f.stack.append(exception)
            case .popExcept:
                let previous = f.stack.removeLast()
                if case .object(let o) = previous, let e = o as? PyException {
                    handledException = e
                } else {
                    handledException = nil
                }
            case .checkExcMatch:
                let type = f.stack.removeLast()
                f.stack.append(.bool(try exceptionMatches(f.top, type)))
            case .loadAssertionError:
                f.stack.append(.object(ExceptionTypes.assertionError))

            case .beforeWith:
                let manager = f.stack.removeLast()
                let exit = try lookupSpecial(manager, "__exit__", missing: "the context manager protocol")
                let enter = try lookupSpecial(manager, "__enter__", missing: "the context manager protocol")
                f.stack.append(exit)
                f.stack.append(try call(enter, []))
            case .beforeAsyncWith:
                let manager = f.stack.removeLast()
                let exit = try lookupSpecial(manager, "__aexit__", missing: "the asynchronous context manager protocol")
                let enter = try lookupSpecial(manager, "__aenter__", missing: "the asynchronous context manager protocol")
                f.stack.append(exit)
                f.stack.append(try awaitable(try call(enter, [])))
            case .withExceptStart:
                let exception = f.top
                let exit = f.peek(3)
                var arguments: [Value] = [.none, exception, .none]
                if case .object(let o) = exception { arguments[0] = .object(o.type) }
                f.stack.append(try call(exit, arguments))

            case .importName(let i):
                f.stack.append(.object(try importModule(runtimeCode.names[i].value)))
            case .importFrom(let i):
                let module = f.top
                f.stack.append(try importFrom(module, runtimeCode.names[i].value))
            case .importStar:
                let module = f.stack.removeLast()
                try importStar(module, into: f.namespace ?? f.globals)
            }
        }
        }
    }

    /// The fast path of a call: a plain Python function (not a generator) taking exactly the
    /// `argc` positional arguments on top of the stack. Returns `nil` to take the general
    /// path; otherwise the new frame, with the callee and arguments popped from `f`.
    @inline(__always)
    private func directFrame(_ function: PyFunction, argc: Int, from f: Frame, dropping: Int) throws(PyError) -> Frame? {
        let runtimeCode = function.runtimeCode
        let code = runtimeCode.code
        guard runtimeCode.isSimple, code.argumentCount == argc,
              !code.flags.contains(.generator), !code.flags.contains(.coroutine) else { return nil }
        let next = newFrame(runtimeCode, globals: function.globals)
        // Binds straight from the stack, like makeFrame's fast path but without an argument
        // array: sharing one helper that takes the stack retained its buffer (fib(25) +8%).
        let base = f.stack.count - argc
        for i in 0..<argc { next.locals[i] = f.stack[base + i] }
        if !function.closure.isEmpty { next.cells = function.closure }
        f.stack.removeLast(dropping)
        try enterFrame()
        next.back = f
        return next
    }

    /// `invoke`, then applies a block requested by `asyncio.run`.
    @inline(__always)
    private func invokeChecked(_ callee: Value, _ args: [Value], keywordNames: [String], from f: Frame) throws(PyError) -> Frame? {
        let next = try invoke(callee, args, keywordNames: keywordNames, from: f)
        if pendingBlock != nil { blockRequested = true }
        return next
    }

    /// Pops a callable and the `argc` arguments above it.
    private func popCall(_ f: Frame, argc: Int) -> (callee: Value, args: [Value]) {
        let result = (f.stack[f.stack.count - argc - 1], Array(f.stack[(f.stack.count - argc)...]))
        f.stack.removeLast(argc + 1)
        return result
    }

    /// Pops what `loadMethod` prepared and the `argc` arguments above it: the callable and
    /// its arguments, with the receiver first when the method was unbound.
    private func popMethodCall(_ f: Frame, argc: Int) -> (callee: Value, args: [Value]) {
        let base = f.stack.count - argc - 2
        let result: (Value, [Value])
        if case .object(let o) = f.stack[base], o === BuiltinTypes.null {
            result = (f.stack[base + 1], Array(f.stack[(base + 2)...]))
        } else {
            result = (f.stack[base], Array(f.stack[(base + 1)...]))
        }
        f.stack.removeLast(argc + 2)
        return result
    }

    private func keywordNames(_ f: Frame, _ index: Int) -> [String] {
        guard case .object(let o) = f.code.constants[index], let tuple = o as? PyTuple else { return [] }
        return tuple.items.compactMap { item in
            if case .object(let s) = item, let str = s as? PyStr { return str.value }
            return nil
        }
    }

    func cellName(_ f: Frame, _ i: Int) -> String {
        let code = f.code.code
        return i < code.cellvars.count ? code.cellvars[i] : code.freevars[i - code.cellvars.count]
    }

    private func unboundCell(_ f: Frame, _ i: Int) -> PyError {
        let name = cellName(f, i)
        return i < f.code.code.cellvars.count ? Errors.unboundLocal(name) : Errors.unboundFree(name)
    }
}
