import PyCompiler

/// The methods and special methods of `collections.deque`.
enum DequeMethods {
    static let owner = DequeClass.owner

    static func receiver(_ args: Arguments, _ method: String) throws(PyError) -> PyDeque {
        try DequeClass.receiver(args, method)
    }

    /// The position of the first element equal to `value` in `start..<stop`, or `nil`.
    /// Comparisons may run code that changes the deque, which is an error.
    static func find(_ vm: VM, _ deque: PyDeque, _ value: Value, from start: Int = 0,
                     to stop: Int = Int.max) throws(PyError) -> Int? {
        let state = deque.state
        var i = max(0, start)
        while i < min(stop, deque.count) {
            let element = deque[i]
            let equal = try vm.keysEqual(element, value)
            guard deque.state == state else { throw Errors.runtimeError("deque mutated during iteration") }
            if equal { return i }
            i += 1
        }
        return nil
    }

    nonisolated(unsafe) static let mutators: [(String, Value)] = [
        method(owner, "append") { vm, args throws(PyError) in
            try args.expectMethod("deque.append", min: 1, max: 1)
            let deque = try receiver(args, "append")
            try vm.reserveMemory(16)
            deque.append(args.positional[1])
            return .none
        },
        method(owner, "appendleft") { vm, args throws(PyError) in
            try args.expectMethod("deque.appendleft", min: 1, max: 1)
            let deque = try receiver(args, "appendleft")
            try vm.reserveMemory(16)
            deque.prepend(args.positional[1])
            return .none
        },
        method(owner, "pop") { vm, args throws(PyError) in
            try args.expectMethod("deque.pop", min: 0, max: 0)
            guard let value = try receiver(args, "pop").popLast() else { throw Errors.indexError("pop from an empty deque") }
            return value
        },
        method(owner, "popleft") { vm, args throws(PyError) in
            try args.expectMethod("deque.popleft", min: 0, max: 0)
            guard let value = try receiver(args, "popleft").popFirst() else {
                throw Errors.indexError("pop from an empty deque")
            }
            return value
        },
        method(owner, "extend") { vm, args throws(PyError) in
            try args.expectMethod("deque.extend", min: 1, max: 1)
            try DequeClass.extend(vm, try receiver(args, "extend"), args.positional[1], left: false)
            return .none
        },
        method(owner, "extendleft") { vm, args throws(PyError) in
            try args.expectMethod("deque.extendleft", min: 1, max: 1)
            try DequeClass.extend(vm, try receiver(args, "extendleft"), args.positional[1], left: true)
            return .none
        },
        method(owner, "rotate") { vm, args throws(PyError) in
            try args.expectMethod("rotate", min: 0, max: 1)
            let deque = try receiver(args, "rotate")
            let steps = args.positional.count > 1 ? try vm.intArgument(args.positional[1]) : 1
            deque.rotate(steps)
            return .none
        },
        method(owner, "clear") { vm, args throws(PyError) in
            try args.expectMethod("deque.clear", min: 0, max: 0)
            try receiver(args, "clear").replace(with: [])
            return .none
        },
        method(owner, "reverse") { vm, args throws(PyError) in
            try args.expectMethod("deque.reverse", min: 0, max: 0)
            let deque = try receiver(args, "reverse")
            deque.replace(with: deque.values.reversed())
            return .none
        },
        method(owner, "insert") { vm, args throws(PyError) in
            try args.expectMethod("insert", min: 2, max: 2)
            let deque = try receiver(args, "insert")
            var index = try vm.intArgument(args.positional[1])
            if deque.maxLength == deque.count { throw Errors.indexError("deque already at its maximum size") }
            if index < 0 { index = max(0, index + deque.count) }
            var values = deque.values
            try vm.reserveMemory(16)
            values.insert(args.positional[2], at: min(index, values.count))
            deque.replace(with: values)
            return .none
        },
        method(owner, "remove") { vm, args throws(PyError) in
            try args.expectMethod("deque.remove", min: 1, max: 1)
            let deque = try receiver(args, "remove")
            guard let i = try find(vm, deque, args.positional[1]) else {
                throw Errors.valueError("\(try vm.repr(args.positional[1])) is not in deque")
            }
            var values = deque.values
            values.remove(at: i)
            deque.replace(with: values)
            return .none
        },
        method(owner, "__setitem__") { vm, args throws(PyError) in
            try args.expectMethod("__setitem__", min: 2, max: 2)
            let deque = try receiver(args, "__setitem__")
            deque[try DequeClass.position(vm, deque, args.positional[1])] = args.positional[2]
            return .none
        },
        method(owner, "__delitem__") { vm, args throws(PyError) in
            try args.expectMethod("__delitem__", min: 1, max: 1)
            let deque = try receiver(args, "__delitem__")
            var values = deque.values
            values.remove(at: try DequeClass.position(vm, deque, args.positional[1]))
            deque.replace(with: values)
            return .none
        },
        method(owner, "__iadd__") { vm, args throws(PyError) in
            try args.expectMethod("__iadd__", min: 1, max: 1)
            try DequeClass.extend(vm, try receiver(args, "__iadd__"), args.positional[1], left: false)
            return args.positional[0]
        },
        method(owner, "__imul__") { vm, args throws(PyError) in
            try args.expectMethod("__imul__", min: 1, max: 1)
            try DequeClass.repeatInPlace(vm, try receiver(args, "__imul__"), args.positional[1])
            return args.positional[0]
        },
    ]

    nonisolated(unsafe) static let queries: [(String, Value)] = [
        method(owner, "count") { vm, args throws(PyError) in
            try args.expectMethod("deque.count", min: 1, max: 1)
            let deque = try receiver(args, "count")
            var total = 0, start = 0
            while let i = try find(vm, deque, args.positional[1], from: start) {
                total += 1
                start = i + 1
            }
            return .int(total)
        },
        method(owner, "index") { vm, args throws(PyError) in
            try args.expectMethod("index", min: 1, max: 3)
            let deque = try receiver(args, "index")
            func bound(_ position: Int, _ fallback: Int) throws(PyError) -> Int {
                guard position < args.positional.count else { return fallback }
                let i = try vm.intArgument(args.positional[position])
                return i < 0 ? max(0, i + deque.count) : i
            }
            let start = try bound(2, 0), stop = try bound(3, Int.max)
            guard let i = try find(vm, deque, args.positional[1], from: start, to: stop) else {
                throw Errors.valueError("\(try vm.repr(args.positional[1])) is not in deque")
            }
            return .int(i)
        },
        method(owner, "copy") { vm, args throws(PyError) in
            try args.expectMethod("deque.copy", min: 0, max: 0)
            return .object(try DequeClass.copy(vm, try receiver(args, "copy")))
        },
        method(owner, "__copy__") { vm, args throws(PyError) in
            .object(try DequeClass.copy(vm, try receiver(args, "__copy__")))
        },
        method(owner, "__len__") { vm, args throws(PyError) in .int(try receiver(args, "__len__").count) },
        method(owner, "__iter__") { vm, args throws(PyError) in
            DequeClass.iterator(try receiver(args, "__iter__"), reversed: false)
        },
        method(owner, "__reversed__") { vm, args throws(PyError) in
            DequeClass.iterator(try receiver(args, "__reversed__"), reversed: true)
        },
        method(owner, "__getitem__") { vm, args throws(PyError) in
            try args.expectMethod("__getitem__", min: 1, max: 1)
            let deque = try receiver(args, "__getitem__")
            return deque[try DequeClass.position(vm, deque, args.positional[1])]
        },
        method(owner, "__contains__") { vm, args throws(PyError) in
            try args.expectMethod("__contains__", min: 1, max: 1)
            return .bool(try find(vm, try receiver(args, "__contains__"), args.positional[1]) != nil)
        },
        method(owner, "__repr__") { vm, args throws(PyError) in
            let deque = try receiver(args, "__repr__")
            let items = try vm.guardedRepr(deque, "[...]") { () throws(PyError) in
                "[" + (try vm.joinedReprs(deque.values)) + "]"
            }
            if items == "[...]" { return .str(items) }
            let bound = deque.maxLength.map { ", maxlen=\($0)" } ?? ""
            return .str("\(deque.type.name)(\(items)\(bound))")
        },
        method(owner, "__add__") { vm, args throws(PyError) in
            try args.expectMethod("__add__", min: 1, max: 1)
            let deque = try receiver(args, "__add__")
            guard case .object(let o) = args.positional[1], let other = o as? PyDeque else {
                throw Errors.typeError("can only concatenate deque (not \"\(args.positional[1].typeName)\") to deque")
            }
            let result = try DequeClass.copy(vm, deque)
            try DequeClass.extend(vm, result, .object(other), left: false)
            return .object(result)
        },
        method(owner, "__mul__") { vm, args throws(PyError) in
            try args.expectMethod("__mul__", min: 1, max: 1)
            let result = try DequeClass.copy(vm, try receiver(args, "__mul__"))
            try DequeClass.repeatInPlace(vm, result, args.positional[1])
            return .object(result)
        },
        method(owner, "__rmul__") { vm, args throws(PyError) in
            try args.expectMethod("__rmul__", min: 1, max: 1)
            let result = try DequeClass.copy(vm, try receiver(args, "__rmul__"))
            try DequeClass.repeatInPlace(vm, result, args.positional[1])
            return .object(result)
        },
    ] + comparisons

    nonisolated(unsafe) static let comparisons: [(String, Value)] = [
        ("__eq__", CompareOp.equal), ("__ne__", .notEqual), ("__lt__", .less), ("__le__", .lessEqual),
        ("__gt__", .greater), ("__ge__", .greaterEqual),
    ].map { name, op in
        method(owner, name) { vm, args throws(PyError) in
            try args.expectMethod(name, min: 1, max: 1)
            let deque = try receiver(args, name)
            guard case .object(let o) = args.positional[1], let other = o as? PyDeque else { return notImplemented }
            return try vm.sequenceCompare(op, deque.values, other.values).map { .bool($0) } ?? notImplemented
        }
    }
}
