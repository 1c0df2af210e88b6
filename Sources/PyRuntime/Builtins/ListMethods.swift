import BigInt

/// `list` and `tuple`: constructors and methods.
enum ListMethods {
    static func receiver(_ args: Arguments) -> PyList {
        if case .object(let o) = args.positional[0], let l = o as? PyList { return l }
        return PyList()
    }

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("list", min: 0, max: 1)
        let items = try args.positional.first.map { v throws(PyError) in try vm.collect(v) } ?? []
        return .object(type === BuiltinTypes.list ? PyList(items) : PyList(items, type: type))
    }

    /// `list.sort(key=None, reverse=False)`.
    static func sort(_ vm: VM, _ list: PyList, key: Value, reverse: Value) throws(PyError) {
        var items = list.items
        var keys: [Value]?
        if !key.isNone {
            var computed: [Value] = []
            computed.reserveCapacity(items.count)
            for item in items { computed.append(try vm.call(key, [item])) }
            keys = computed
        }
        try vm.stableSort(&items, keys: keys, reverse: try vm.isTruthy(reverse))
        list.items = items
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("list", "append") { vm, args throws(PyError) in
            try args.expectMethod("append", min: 1, max: 1)
            try vm.reserveMemory(16)
            receiver(args).items.append(args.positional[1])
            return .none
        },
        method("list", "extend") { vm, args throws(PyError) in
            try args.expectMethod("extend", min: 1, max: 1)
            let items = try vm.collect(args.positional[1])
            try vm.reserveMemory(items.count * 16)
            receiver(args).items.append(contentsOf: items)
            return .none
        },
        method("list", "insert") { vm, args throws(PyError) in
            try args.expectMethod("insert", min: 2, max: 2)
            let list = receiver(args)
            var i = try vm.intArgument(args.positional[1])
            if i < 0 { i = max(0, i + list.items.count) }
            list.items.insert(args.positional[2], at: min(i, list.items.count))
            return .none
        },
        method("list", "pop") { vm, args throws(PyError) in
            try args.expectMethod("pop", min: 0, max: 1)
            let list = receiver(args)
            guard !list.items.isEmpty else { throw Errors.indexError("pop from empty list") }
            let index = args.positional.count > 1 ? try vm.intArgument(args.positional[1]) : -1
            guard let i = vm.normalize(index, count: list.items.count) else { throw Errors.indexError("pop index out of range") }
            return list.items.remove(at: i)
        },
        method("list", "remove") { vm, args throws(PyError) in
            try args.expectMethod("remove", min: 1, max: 1)
            let list = receiver(args)
            for (i, item) in list.items.enumerated() where try vm.keysEqual(item, args.positional[1]) {
                list.items.remove(at: i)
                return .none
            }
            throw Errors.valueError("list.remove(x): x not in list")
        },
        method("list", "index") { vm, args throws(PyError) in
            try args.expectMethod("index", min: 1, max: 3)
            let items = receiver(args).items
            let (start, end) = try StrMethods.bounds(vm, args, from: 2, count: items.count)
            if start < end {
                for i in start..<end where try vm.keysEqual(items[i], args.positional[1]) { return .int(i) }
            }
            throw Errors.valueError("\(try vm.repr(args.positional[1])) is not in list")
        },
        method("list", "count") { vm, args throws(PyError) in
            try args.expectMethod("count", min: 1, max: 1)
            var n = 0
            for item in receiver(args).items where try vm.keysEqual(item, args.positional[1]) { n += 1 }
            return .int(n)
        },
        method("list", "sort") { vm, args throws(PyError) in
            try args.expectMethod("sort", min: 0, max: 0, allowKeywords: ["key", "reverse"])
            try sort(vm, receiver(args), key: args.keyword("key") ?? .none, reverse: args.keyword("reverse") ?? .false)
            return .none
        },
        method("list", "reverse") { vm, args throws(PyError) in
            receiver(args).items.reverse()
            return .none
        },
        method("list", "copy") { vm, args throws(PyError) in .list(receiver(args).items) },
        method("list", "clear") { vm, args throws(PyError) in
            receiver(args).items.removeAll()
            return .none
        },
        method("list", "__init__") { vm, args throws(PyError) in
            let list = receiver(args)
            list.items = try args.positional.count > 1 ? vm.collect(args.positional[1]) : []
            return .none
        },
        method("list", "__len__") { vm, args throws(PyError) in .int(receiver(args).items.count) },
        method("list", "__getitem__") { vm, args throws(PyError) in
            let list = receiver(args)
            if case .object(let k) = args.positional[1], let slice = k as? PySlice {
                return .list(try vm.slicePositions(slice, count: list.items.count).map { list.items[$0] })
            }
            guard let i = vm.normalize(try vm.index(args.positional[1], for: "list"), count: list.items.count) else {
                throw Errors.indexOutOfRange("list")
            }
            return list.items[i]
        },
        method("list", "__setitem__") { vm, args throws(PyError) in
            let list = receiver(args)
            guard let i = vm.normalize(try vm.index(args.positional[1], for: "list"), count: list.items.count) else {
                throw Errors.indexError("list assignment index out of range")
            }
            list.items[i] = args.positional[2]
            return .none
        },
        method("list", "__contains__") { vm, args throws(PyError) in
            for item in receiver(args).items where try vm.keysEqual(item, args.positional[1]) { return .true }
            return .false
        },
        method("list", "__iter__") { vm, args throws(PyError) in .object(ListIterator(receiver(args))) },
    ])
}

enum TupleMethods {
    static func items(_ args: Arguments) -> [Value] {
        if case .object(let o) = args.positional[0], let t = o as? PyTuple { return t.items }
        return []
    }

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("tuple", min: 0, max: 1)
        let items = try args.positional.first.map { v throws(PyError) in try vm.collect(v) } ?? []
        return .object(type === BuiltinTypes.tuple ? PyTuple(items) : PyTuple(items, type: type))
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("tuple", "index") { vm, args throws(PyError) in
            try args.expectMethod("index", min: 1, max: 3)
            let all = items(args)
            let (start, end) = try StrMethods.bounds(vm, args, from: 2, count: all.count)
            if start < end {
                for i in start..<end where try vm.keysEqual(all[i], args.positional[1]) { return .int(i) }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple")
        },
        method("tuple", "count") { vm, args throws(PyError) in
            try args.expectMethod("count", min: 1, max: 1)
            var n = 0
            for item in items(args) where try vm.keysEqual(item, args.positional[1]) { n += 1 }
            return .int(n)
        },
        method("tuple", "__len__") { vm, args throws(PyError) in .int(items(args).count) },
        method("tuple", "__getitem__") { vm, args throws(PyError) in try vm.getItem(.tuple(items(args)), args.positional[1]) },
    ])
}

enum RangeMethods {
    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("range", min: 1, max: 3)
        func bound(_ v: Value) throws(PyError) -> Int {
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let o) where o is PyBigInt:
                if let small = (o as? PyBigInt)?.small { return small }
                throw Errors.overflowError("Python int too large to convert to C ssize_t")
            default: throw Errors.notAnInteger(v)
            }
        }
        let p = args.positional
        switch p.count {
        case 1: return .object(PyRange(start: 0, stop: try bound(p[0]), step: 1))
        case 2: return .object(PyRange(start: try bound(p[0]), stop: try bound(p[1]), step: 1))
        default:
            let step = try bound(p[2])
            guard step != 0 else { throw Errors.valueError("range() arg 3 must not be zero") }
            return .object(PyRange(start: try bound(p[0]), stop: try bound(p[1]), step: step))
        }
    }

    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("range", "count") { vm, args throws(PyError) in .int(try vm.contains(args.positional[0], args.positional[1]) ? 1 : 0) },
        method("range", "index") { vm, args throws(PyError) in
            guard case .object(let o) = args.positional[0], let r = o as? PyRange,
                  try vm.contains(args.positional[0], args.positional[1]), case .int(let i) = args.positional[1] else {
                throw Errors.valueError("\(try vm.repr(args.positional[1])) is not in range")
            }
            let distance = r.step > 0 ? UInt(bitPattern: i &- r.start) : UInt(bitPattern: r.start &- i)
            return PyBigInt.value(BigInt(distance / r.step.magnitude))
        },
    ])
}

enum SliceMethods {
    nonisolated(unsafe) static let table: [String: Value] = methodTable([
        method("slice", "indices") { vm, args throws(PyError) in
            try args.expectMethod("indices", min: 1, max: 1)
            guard case .object(let o) = args.positional[0], let slice = o as? PySlice else { return .none }
            let count = try vm.intArgument(args.positional[1])
            guard count >= 0 else { throw Errors.valueError("length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(slice, count: count)
            return .tuple([.int(start), .int(stop), .int(step)])
        },
    ])

    static func construct(_ vm: VM, _ type: PyType, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("slice", min: 1, max: 3)
        let p = args.positional
        switch p.count {
        case 1: return .object(PySlice(start: .none, stop: p[0], step: .none))
        case 2: return .object(PySlice(start: p[0], stop: p[1], step: .none))
        default: return .object(PySlice(start: p[0], stop: p[1], step: p[2]))
        }
    }
}
