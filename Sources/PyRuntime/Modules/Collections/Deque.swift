/// `collections.deque(iterable=(), maxlen=None)`, with CPython's methods, operators and
/// messages.
enum DequeClass {
    static let owner = "collections.deque"

    nonisolated(unsafe) static let type: PyType = BuiltinTypes.makeModuleClass(
        "deque", .other, methods: methods, constructor: construct, moduleName: "collections", isCType: true)

    nonisolated(unsafe) static let iteratorType = BuiltinTypes.make("_deque_iterator", .iterator,
                                                                    methods: IteratorMethods.table,
                                                                    moduleName: "_collections")
    nonisolated(unsafe) static let reverseIteratorType = BuiltinTypes.make("_deque_reverse_iterator", .iterator,
                                                                           methods: IteratorMethods.table,
                                                                           moduleName: "_collections")

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        let deque = PyDeque(type: type)
        try initialize(vm, deque, args.positional[...], args.keywords)
        return .object(deque)
    }

    static func receiver(_ args: Arguments, _ method: String) throws(PyError) -> PyDeque {
        try args.receiver(PyDeque.self, of: type, method: method)
    }

    /// `__init__(iterable=(), maxlen=None)`: replaces the contents.
    static func initialize(_ vm: VM, _ deque: PyDeque, _ positional: ArraySlice<Value>,
                           _ keywords: [(name: String, value: Value)]) throws(PyError) {
        let args = Arguments(Array(positional), keywords: keywords)
        try args.expect("deque", min: 0, max: 2, allowKeywords: ["iterable", "maxlen"])
        var maxLength: Int?
        if let value = args.argument(1, "maxlen"), !value.isNone {
            guard Number(value).map({ !$0.isFloat }) == true else { throw Errors.typeError("an integer is required") }
            let length = try vm.intArgument(value)
            guard length >= 0 else { throw Errors.valueError("maxlen must be non-negative") }
            maxLength = length
        }
        deque.maxLength = maxLength
        if deque.count > 0 { deque.replace(with: []) }
        if let iterable = args.argument(0, "iterable") { try extend(vm, deque, iterable, left: false) }
    }

    /// Appends every element of `iterable` at the right, or at the left one by one
    /// (`extendleft` reverses them). A deque extended by itself uses a snapshot.
    static func extend(_ vm: VM, _ deque: PyDeque, _ iterable: Value, left: Bool) throws(PyError) {
        if case .object(let o) = iterable, o === deque {
            for value in deque.values {
                try vm.reserveMemory(16)
                if left { deque.prepend(value) } else { deque.append(value) }
            }
            return
        }
        let iterator = try vm.iterate(iterable)
        while let value = try vm.nextValue(iterator) {
            try vm.reserveMemory(16)
            if left { deque.prepend(value) } else { deque.append(value) }
        }
    }

    /// A deque position from an index argument, or CPython's errors.
    static func position(_ vm: VM, _ deque: PyDeque, _ index: Value) throws(PyError) -> Int {
        guard let n = Number(index), !n.isFloat else {
            throw Errors.typeError("sequence index must be integer, not '\(index.typeName)'")
        }
        guard case .int(let i) = n, let position = vm.normalize(i, count: deque.count) else {
            throw Errors.indexError("deque index out of range")
        }
        return position
    }

    /// Iterates from the left (or the right), failing if the deque changes meanwhile.
    static func iterator(_ deque: PyDeque, reversed: Bool) -> Value {
        let state = deque.state
        var position = 0
        return .object(StepIterator(type: reversed ? reverseIteratorType : iteratorType) { _ throws(PyError) in
            guard deque.state == state else { throw Errors.runtimeError("deque mutated during iteration") }
            guard position < deque.count else { return nil }
            defer { position += 1 }
            return deque[reversed ? deque.count - 1 - position : position]
        })
    }

    /// A new deque of the same class and `maxlen`.
    static func copy(_ vm: VM, _ deque: PyDeque) throws(PyError) -> PyDeque {
        let copy = PyDeque(type: deque.type, maxLength: deque.maxLength)
        try vm.reserveMemory(deque.count * 16)
        for value in deque.values { copy.append(value) }
        return copy
    }

    /// `deque * n` in place: the contents repeated, bounded by `maxlen`.
    static func repeatInPlace(_ vm: VM, _ deque: PyDeque, _ times: Value) throws(PyError) {
        guard let n = Number(times), !n.isFloat else {
            throw Errors.typeError("can't multiply sequence by non-int of type '\(times.typeName)'")
        }
        guard case .int(let count) = n else { throw Errors.overflowError("cannot fit 'int' into an index-sized integer") }
        let values = deque.values
        guard count > 0, !values.isEmpty else {
            deque.replace(with: [])
            return
        }
        // Only the last `maxlen` elements survive, so a bounded deque never grows past it.
        let total = values.count.saturatingMultiply(count)
        let kept = min(total, deque.maxLength ?? total)
        try vm.reserveMemory(kept.saturatingMultiply(16))
        var result: [Value] = []
        result.reserveCapacity(kept)
        for i in (total - kept)..<total {
            if i & 4095 == 0 { try vm.tick() }
            result.append(values[i % values.count])
        }
        deque.replace(with: result)
    }

    nonisolated(unsafe) static let methods: [String: Value] = methodTable(DequeMethods.mutators + DequeMethods.queries + [
        method(owner, "__init__") { vm, args throws(PyError) in
            try initialize(vm, try receiver(args, "__init__"), args.positional.dropFirst(), args.keywords)
            return .none
        },
        readOnlyAttribute(owner, "maxlen") { vm, args throws(PyError) in
            try receiver(args, "maxlen").maxLength.map { .int($0) } ?? .none
        },
        ("__hash__", .none),
    ])
}
