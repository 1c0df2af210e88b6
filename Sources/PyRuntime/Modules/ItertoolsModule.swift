/// An iterator whose next element comes from a closure over its own state: the building
/// block of `itertools`.
final class StepIterator: PyIterator {
    typealias Step = (VM) throws(PyError) -> Value?
    private var step: Step?

    init(type: PyType, _ step: @escaping Step) {
        self.step = step
        super.init(iteratorType: type)
    }

    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let step else { return nil }
        if let value = try step(vm) { return value }
        // Exhausted for good, and the captured state is released.
        self.step = nil
        return nil
    }
}

/// The `itertools` module, with CPython's results and argument errors.
enum ItertoolsModule {
    nonisolated(unsafe) private static var types: [String: PyType] = [:]

    /// The type of `itertools.<name>` objects (their repr is `<itertools.name object at …>`).
    static func type(_ name: String) -> PyType {
        if let type = types[name] { return type }
        let type = BuiltinTypes.make(name, .iterator, methods: IteratorMethods.table, moduleName: "itertools")
        types[name] = type
        return type
    }

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("itertools"))
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        function("count", count)
        function("cycle", cycle)
        function("repeat", repeatFunction)
        function("accumulate", accumulate)
        function("chain", chain)
        function("compress", compress)
        function("dropwhile", dropwhile)
        function("takewhile", takewhile)
        function("filterfalse", filterfalse)
        function("groupby", groupby)
        function("islice", islice)
        function("pairwise", pairwise)
        function("starmap", starmap)
        function("zip_longest", zipLongest)
        function("batched", batched)
        function("tee", tee)
        ItertoolsCombinatorics.install(into: function)
        let fromIterable = PyBuiltinFunction("from_iterable") { vm, args throws(PyError) in
            try args.expect("from_iterable", min: 1, max: 1)
            return chainOf(try vm.iterate(args.positional[0]))
        }
        namespace.set("chain", .object(ChainFunction.make(from: fromIterable)))
        return PyModule(name: "itertools", namespace: namespace)
    }

    static func iterator(_ name: String, _ step: @escaping StepIterator.Step) -> Value {
        .object(StepIterator(type: type(name), step))
    }

    static func count(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("count", min: 0, max: 2, allowKeywords: ["start", "step"])
        var current = args.argument(0, "start") ?? .int(0)
        let step = args.argument(1, "step") ?? .int(1)
        for value in [current, step] where Number(value) == nil {
            throw Errors.typeError("a number is required")
        }
        return iterator("count") { vm throws(PyError) in
            let value = current
            current = try vm.binaryOperation(.add, current, step)
            return value
        }
    }

    static func cycle(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("cycle", min: 1, max: 1)
        let source = try vm.iterate(args.positional[0])
        var saved: [Value] = []
        var exhausted = false
        var index = 0
        return iterator("cycle") { vm throws(PyError) in
            if !exhausted {
                if let value = try vm.nextValue(source) {
                    saved.append(value)
                    return value
                }
                exhausted = true
            }
            guard !saved.isEmpty else { return nil }
            defer { index = (index + 1) % saved.count }
            return saved[index]
        }
    }

    static func repeatFunction(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("repeat", min: 1, max: 2, allowKeywords: ["object", "times"])
        guard let object = args.argument(0, "object") else {
            throw Errors.typeError("repeat() missing required argument 'object' (pos 1)")
        }
        var remaining: Int? = nil
        if let times = args.argument(1, "times") { remaining = max(0, try vm.intArgument(times)) }
        return iterator("repeat") { _ throws(PyError) in
            if let left = remaining {
                guard left > 0 else { return nil }
                remaining = left - 1
            }
            return object
        }
    }

    static func accumulate(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("accumulate", min: 1, max: 2, allowKeywords: ["func", "initial"])
        let source = try vm.iterate(args.positional[0])
        let function = args.argument(1, "func").flatMap { $0.isNone ? nil : $0 }
        var total: Value? = args.keyword("initial").flatMap { $0.isNone ? nil : $0 }
        var pendingInitial = total != nil
        return iterator("accumulate") { vm throws(PyError) in
            if pendingInitial {
                pendingInitial = false
                return total
            }
            guard let value = try vm.nextValue(source) else { return nil }
            if let running = total {
                if let function {
                    total = try vm.call(function, [running, value])
                } else {
                    total = try vm.binaryOperation(.add, running, value)
                }
            } else {
                total = value
            }
            return total
        }
    }

    static func chain(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("chain", min: 0, max: Int.max)
        return chainOf(.object(ArrayIterator(args.positional)))
    }

    /// Chains the iterables that `sources` yields, each iterated only when reached.
    static func chainOf(_ sources: Value) -> Value {
        var current: Value?
        return iterator("chain") { vm throws(PyError) in
            while true {
                if let active = current, let value = try vm.nextValue(active) { return value }
                guard let next = try vm.nextValue(sources) else { return nil }
                current = try vm.iterate(next)
            }
        }
    }

    static func compress(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("compress", min: 2, max: 2, allowKeywords: ["data", "selectors"])
        let data = try vm.iterate(args.positional[0]), selectors = try vm.iterate(args.positional[1])
        return iterator("compress") { vm throws(PyError) in
            while let value = try vm.nextValue(data), let selector = try vm.nextValue(selectors) {
                if try vm.isTruthy(selector) { return value }
            }
            return nil
        }
    }

    static func dropwhile(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("dropwhile", min: 2, max: 2)
        let predicate = args.positional[0], source = try vm.iterate(args.positional[1])
        var dropping = true
        return iterator("dropwhile") { vm throws(PyError) in
            while let value = try vm.nextValue(source) {
                if dropping, try vm.isTruthy(try vm.call(predicate, [value])) { continue }
                dropping = false
                return value
            }
            return nil
        }
    }

    static func takewhile(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("takewhile", min: 2, max: 2)
        let predicate = args.positional[0], source = try vm.iterate(args.positional[1])
        return iterator("takewhile") { vm throws(PyError) in
            guard let value = try vm.nextValue(source), try vm.isTruthy(try vm.call(predicate, [value])) else {
                return nil
            }
            return value
        }
    }

    static func filterfalse(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("filterfalse", min: 2, max: 2)
        let predicate = args.positional[0], source = try vm.iterate(args.positional[1])
        return iterator("filterfalse") { vm throws(PyError) in
            while let value = try vm.nextValue(source) {
                let test = predicate.isNone ? value : try vm.call(predicate, [value])
                if !(try vm.isTruthy(test)) { return value }
            }
            return nil
        }
    }

    /// `groupby(iterable, key=None)`: each group shares the underlying iterator, so advancing
    /// the outer iterator skips the rest of the current group (as in CPython).
    static func groupby(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("groupby", min: 1, max: 2, allowKeywords: ["iterable", "key"])
        guard let iterable = args.argument(0, "iterable") else {
            throw Errors.typeError("groupby() missing required argument 'iterable' (pos 1)")
        }
        let state = GroupState(source: try vm.iterate(iterable), key: args.argument(1, "key").flatMap { $0.isNone ? nil : $0 })
        return iterator("groupby") { vm throws(PyError) in
            state.generation += 1
            // Skip what is left of the current group.
            while let current = state.currentKey, let target = state.targetKey,
                  try vm.isTruthy(try vm.compareOperation(.equal, current, target)) {
                guard try state.advance(vm) else { return nil }
            }
            if state.currentKey == nil {
                guard try state.advance(vm) else { return nil }
            }
            guard let key = state.currentKey else { return nil }
            state.targetKey = key
            let generation = state.generation
            let group = iterator("_grouper") { vm throws(PyError) in
                guard state.generation == generation, let current = state.currentKey, let target = state.targetKey,
                      let value = state.currentValue,
                      try vm.isTruthy(try vm.compareOperation(.equal, current, target)) else { return nil }
                if !(try state.advance(vm)) { state.currentKey = nil }
                return value
            }
            return .tuple([key, group])
        }
    }

    final class GroupState {
        let source: Value
        let key: Value?
        var currentKey: Value?
        var currentValue: Value?
        var targetKey: Value?
        var generation = 0
        var exhausted = false

        init(source: Value, key: Value?) {
            self.source = source
            self.key = key
        }

        /// Reads the next element; false at the end.
        func advance(_ vm: VM) throws(PyError) -> Bool {
            guard !exhausted, let value = try vm.nextValue(source) else {
                exhausted = true
                currentKey = nil
                currentValue = nil
                return false
            }
            currentValue = value
            currentKey = try key.map { k throws(PyError) in try vm.call(k, [value]) } ?? value
            return true
        }
    }

    static func islice(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("islice", min: 2, max: 4)
        let source = try vm.iterate(args.positional[0])
        func index(_ value: Value, _ what: String) throws(PyError) -> Int? {
            if value.isNone { return nil }
            guard case .int(let i) = value, i >= 0 else {
                if case .bool(let b) = value { return b ? 1 : 0 }
                throw Errors.valueError("\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            }
            return i
        }
        var start = 0, step = 1
        let stop: Int?
        if args.positional.count == 2 {
            stop = try index(args.positional[1], "Stop")
        } else {
            start = try index(args.positional[1], "Indices") ?? 0
            stop = try index(args.positional[2], "Stop")
            if args.positional.count == 4 {
                step = try index(args.positional[3], "Step") ?? 1
                if step == 0 { throw Errors.valueError("Step for islice() must be a positive integer or None.") }
            }
        }
        var position = 0
        var nextWanted = start
        return iterator("islice") { vm throws(PyError) in
            if let stop, nextWanted >= stop {
                // CPython consumes up to `stop` before ending.
                while position < stop, try vm.nextValue(source) != nil { position += 1 }
                return nil
            }
            while let value = try vm.nextValue(source) {
                defer { position += 1 }
                if position == nextWanted {
                    nextWanted += step
                    return value
                }
            }
            return nil
        }
    }

    static func pairwise(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("pairwise", min: 1, max: 1)
        let source = try vm.iterate(args.positional[0])
        var previous: Value?
        return iterator("pairwise") { vm throws(PyError) in
            if previous == nil {
                guard let first = try vm.nextValue(source) else { return nil }
                previous = first
            }
            guard let before = previous, let value = try vm.nextValue(source) else { return nil }
            previous = value
            return .tuple([before, value])
        }
    }

    static func starmap(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("starmap", min: 2, max: 2)
        let function = args.positional[0], source = try vm.iterate(args.positional[1])
        return iterator("starmap") { vm throws(PyError) in
            guard let item = try vm.nextValue(source) else { return nil }
            return try vm.call(function, try vm.collect(item))
        }
    }

    static func zipLongest(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("zip_longest", min: 0, max: Int.max, allowKeywords: ["fillvalue"])
        var sources: [Value?] = []
        for value in args.positional { sources.append(try vm.iterate(value)) }
        let fill = args.keyword("fillvalue") ?? .none
        var active = sources.count
        return iterator("zip_longest") { vm throws(PyError) in
            guard active > 0 else { return nil }
            var row: [Value] = []
            for index in sources.indices {
                if let source = sources[index], let value = try vm.nextValue(source) {
                    row.append(value)
                } else {
                    if sources[index] != nil {
                        sources[index] = nil
                        active -= 1
                        if active == 0 { return nil }
                    }
                    row.append(fill)
                }
            }
            return .tuple(row)
        }
    }

    static func batched(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("batched", min: 2, max: 2)
        let source = try vm.iterate(args.positional[0])
        let size = try vm.intArgument(args.positional[1])
        guard size >= 1 else { throw Errors.valueError("n must be at least one") }
        return iterator("batched") { vm throws(PyError) in
            var batch: [Value] = []
            while batch.count < size, let value = try vm.nextValue(source) { batch.append(value) }
            return batch.isEmpty ? nil : .tuple(batch)
        }
    }

    /// `tee(iterable, n=2)`: independent iterators over one source, sharing a buffer.
    static func tee(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("tee", min: 1, max: 2)
        let count = args.positional.count > 1 ? try vm.intArgument(args.positional[1]) : 2
        guard count >= 0 else { throw Errors.valueError("n must be >= 0") }
        let buffer = TeeBuffer(source: try vm.iterate(args.positional[0]))
        var iterators: [Value] = []
        for _ in 0..<count {
            var position = 0
            iterators.append(iterator("_tee") { vm throws(PyError) in
                defer { position += 1 }
                return try buffer.value(at: position, vm)
            })
        }
        return .tuple(iterators)
    }

    final class TeeBuffer {
        let source: Value
        var values: [Value] = []
        init(source: Value) { self.source = source }

        func value(at position: Int, _ vm: VM) throws(PyError) -> Value? {
            if position < values.count { return values[position] }
            guard let value = try vm.nextValue(source) else { return nil }
            values.append(value)
            return value
        }
    }
}

/// `itertools.chain`: a callable with the `from_iterable` attribute.
enum ChainFunction {
    static func make(from fromIterable: PyBuiltinFunction) -> PyBuiltinFunction {
        let chain = PyBuiltinFunction("chain", ItertoolsModule.chain)
        let attributes = PyDict()
        attributes.set("from_iterable", .object(fromIterable))
        chain.attributes = attributes
        return chain
    }
}
