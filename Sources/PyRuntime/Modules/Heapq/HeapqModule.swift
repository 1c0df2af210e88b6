/// The `heapq` module: CPython's sift algorithms step by step (so heaps hold their elements
/// in the same order), comparing with `<` only.
enum HeapqModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("heapq"))
        function("heappush") { vm, args throws(PyError) in
            try args.expect("heappush", min: 2, max: 2)
            let heap = try list(args.positional[0], "heappush() argument 1")
            try vm.reserveMemory(16)
            heap.items.append(args.positional[1])
            try siftDown(vm, heap, start: 0, position: heap.items.count - 1)
            return .none
        }
        function("heappop") { vm, args throws(PyError) in
            try args.expect("heappop", min: 1, max: 1)
            let heap = try list(args.positional[0], "heappop() argument")
            guard let last = heap.items.popLast() else { throw Errors.indexError("index out of range") }
            guard !heap.items.isEmpty else { return last }
            let top = heap.items[0]
            heap.items[0] = last
            try siftUp(vm, heap, position: 0)
            return top
        }
        function("heapreplace") { vm, args throws(PyError) in
            try args.expect("heapreplace", min: 2, max: 2)
            let heap = try list(args.positional[0], "heapreplace() argument 1")
            guard !heap.items.isEmpty else { throw Errors.indexError("index out of range") }
            let top = heap.items[0]
            heap.items[0] = args.positional[1]
            try siftUp(vm, heap, position: 0)
            return top
        }
        function("heappushpop") { vm, args throws(PyError) in
            try args.expect("heappushpop", min: 2, max: 2)
            let heap = try list(args.positional[0], "heappushpop() argument 1")
            let item = args.positional[1]
            guard let top = heap.items.first, try less(vm, top, item) else { return item }
            guard !heap.items.isEmpty else { throw Errors.indexError("index out of range") }
            heap.items[0] = item
            try siftUp(vm, heap, position: 0)
            return top
        }
        function("heapify") { vm, args throws(PyError) in
            try args.expect("heapify", min: 1, max: 1)
            let heap = try list(args.positional[0], "heapify() argument")
            for position in stride(from: heap.items.count / 2 - 1, through: 0, by: -1) {
                try siftUp(vm, heap, position: position)
            }
            return .none
        }
        function("nlargest") { vm, args throws(PyError) in try select(vm, args, "nlargest", largest: true) }
        function("nsmallest") { vm, args throws(PyError) in try select(vm, args, "nsmallest", largest: false) }
        function("merge", HeapqMerge.merge)
        return PyModule(name: "heapq", namespace: namespace)
    }

    static func list(_ value: Value, _ what: String) throws(PyError) -> PyList {
        guard case .object(let o) = value, let list = o as? PyList else {
            throw Errors.typeError("\(what) must be list, not \(value.typeName)")
        }
        return list
    }

    static func less(_ vm: VM, _ a: Value, _ b: Value) throws(PyError) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        return try vm.isTruthy(try vm.compareOperation(.less, a, b))
    }

    /// A comparison may run code that changes the heap: CPython's error, and no stale index.
    static func checkSize(_ heap: PyList, _ size: Int) throws(PyError) {
        if heap.items.count != size { throw Errors.runtimeError("list changed size during iteration") }
    }

    /// Moves the item at `position` up towards `start` until its parent is not greater.
    static func siftDown(_ vm: VM, _ heap: PyList, start: Int, position: Int) throws(PyError) {
        let size = heap.items.count
        guard position < size else { throw Errors.indexError("index out of range") }
        var position = position
        while position > start {
            let parent = (position - 1) >> 1
            let smaller = try less(vm, heap.items[position], heap.items[parent])
            try checkSize(heap, size)
            if !smaller { break }
            heap.items.swapAt(parent, position)
            position = parent
        }
    }

    /// Moves the smaller child up from `position` to a leaf, then the displaced item back up.
    static func siftUp(_ vm: VM, _ heap: PyList, position start: Int) throws(PyError) {
        let end = heap.items.count
        guard start < end else { throw Errors.indexError("index out of range") }
        var position = start
        let limit = end >> 1
        while position < limit {
            var child = 2 * position + 1
            if child + 1 < end {
                let leftSmaller = try less(vm, heap.items[child], heap.items[child + 1])
                try checkSize(heap, end)
                if !leftSmaller { child += 1 }
            }
            heap.items.swapAt(child, position)
            position = child
        }
        try siftDown(vm, heap, start: start, position: position)
    }

    /// `nlargest`/`nsmallest(n, iterable, key=None)`: CPython's shortcuts (`max`/`min` for
    /// 1, `sorted` when `n` covers the input) and otherwise the first `n` of the stable
    /// sorted order, which is what its heap algorithm returns.
    static func select(_ vm: VM, _ args: Arguments, _ name: String, largest: Bool) throws(PyError) -> Value {
        try args.expect(name, min: 2, max: 3, allowKeywords: ["key"])
        let n = args.positional[0], iterable = args.positional[1]
        let key = args.argument(2, "key") ?? .none
        var keywords: [(name: String, value: Value)] = key.isNone ? [] : [("key", key)]
        if try vm.equals(n, .int(1)) {
            let sentinel = Value.object(PyObject(type: BuiltinTypes.object))
            guard let extreme = vm.builtins.get(largest ? "max" : "min") else { return .list([]) }
            let result = try vm.call(extreme, Arguments([try vm.iterate(iterable)], keywords: keywords + [("default", sentinel)]))
            return .list(Value.identical(result, sentinel) ? [] : [result])
        }
        if largest { keywords.append(("reverse", .true)) }
        guard let sorted = vm.builtins.get("sorted") else { return .list([]) }
        if vm.isIterable(iterable), let size = try? vm.length(iterable),
           try vm.isTruthy(try vm.compareOperation(.greaterEqual, n, .int(size))) {
            let all = try vm.call(sorted, Arguments([iterable], keywords: keywords))
            return try vm.getItem(all, .object(PySlice(start: .none, stop: n, step: .none)))
        }
        let count = try vm.intArgument(n)
        let all = try vm.call(sorted, Arguments([iterable], keywords: keywords))
        guard case .object(let o) = all, let list = o as? PyList else { return all }
        return .list(Array(list.items.prefix(max(0, count))))
    }
}

/// `heapq.merge(*iterables, key=None, reverse=False)`: lazily merges sorted inputs; equal
/// elements come in the order of their iterables, as CPython's merge yields them.
enum HeapqMerge {
    nonisolated(unsafe) static let iteratorType = BuiltinTypes.make("generator", .iterator, methods: IteratorMethods.table)

    static func merge(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("merge", min: 0, max: Int.max, allowKeywords: ["key", "reverse"])
        let key = args.keyword("key") ?? .none
        let reverse = try vm.isTruthy(args.keyword("reverse") ?? .false)
        var sources: [Value] = []
        for iterable in args.positional { sources.append(try vm.iterate(iterable)) }
        // Each source's next value and its sort key, filled on first use.
        var heads: [(value: Value, key: Value)?] = Array(repeating: nil, count: sources.count)
        var started = false
        return .object(StepIterator(type: iteratorType) { vm throws(PyError) in
            if !started {
                started = true
                for i in sources.indices { heads[i] = try advance(vm, sources[i], key) }
            }
            var best: Int?
            for i in heads.indices {
                guard let head = heads[i] else { continue }
                guard let current = best, let chosen = heads[current] else {
                    best = i
                    continue
                }
                let (a, b) = reverse ? (chosen.key, head.key) : (head.key, chosen.key)
                if try vm.isTruthy(try vm.compareOperation(.less, a, b)) { best = i }
            }
            guard let index = best, let head = heads[index] else { return nil }
            heads[index] = try advance(vm, sources[index], key)
            return head.value
        })
    }

    static func advance(_ vm: VM, _ source: Value, _ key: Value) throws(PyError) -> (value: Value, key: Value)? {
        guard let value = try vm.nextValue(source) else { return nil }
        return (value, key.isNone ? value : try vm.call(key, [value]))
    }
}
