/// The `bisect` module: binary search and insertion into sorted sequences, with `lo`, `hi`
/// and `key=` as in CPython 3.10+ (comparing with `<` only).
enum BisectModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("bisect"))
        for (name, right) in [("bisect_left", false), ("bisect_right", true), ("bisect", true)] {
            function(name) { vm, args throws(PyError) in
                let (sequence, item, lo, hi, key) = try arguments(vm, args, name)
                return .int(try search(vm, sequence, item, lo: lo, hi: hi, key: key, right: right))
            }
        }
        for (name, right) in [("insort_left", false), ("insort_right", true), ("insort", true)] {
            function(name) { vm, args throws(PyError) in
                let (sequence, item, lo, hi, key) = try arguments(vm, args, name)
                let probe = key.isNone ? item : try vm.call(key, [item])
                let index = try search(vm, sequence, probe, lo: lo, hi: hi, key: key, right: right)
                if case .object(let o) = sequence, let list = o as? PyList, o.type === BuiltinTypes.list {
                    try vm.reserveMemory(16)
                    list.items.insert(item, at: min(index, list.items.count))
                } else {
                    _ = try vm.callMethod(sequence, "insert", [.int(index), item])
                }
                return .none
            }
        }
        return PyModule(name: "bisect", namespace: namespace)
    }

    /// `(a, x, lo=0, hi=None, *, key=None)`; `hi` `None` or -1 means `len(a)`.
    static func arguments(_ vm: VM, _ args: Arguments, _ name: String) throws(PyError)
        -> (Value, Value, Int, Int?, Value) {
        try args.expect(name, min: 2, max: 4, allowKeywords: ["a", "x", "lo", "hi", "key"])
        guard let sequence = args.argument(0, "a"), let item = args.argument(1, "x") else {
            throw Errors.typeError("\(name)() missing required argument '\(args.argument(0, "a") == nil ? "a" : "x")' (pos \(args.argument(0, "a") == nil ? 1 : 2))")
        }
        let lo = try args.argument(2, "lo").map { v throws(PyError) in try vm.intArgument(v) } ?? 0
        guard lo >= 0 else { throw Errors.valueError("lo must be non-negative") }
        var hi: Int?
        if let value = args.argument(3, "hi"), !value.isNone {
            let given = try vm.intArgument(value)
            if given != -1 { hi = given }
        }
        return (sequence, item, lo, hi, args.keyword("key") ?? .none)
    }

    static func search(_ vm: VM, _ sequence: Value, _ item: Value, lo: Int, hi upper: Int?, key: Value,
                       right: Bool) throws(PyError) -> Int {
        var lo = lo
        var hi: Int
        if let upper { hi = upper } else { hi = try vm.length(sequence) }
        while lo < hi {
            let mid = Int((UInt(lo) + UInt(hi)) / 2)
            var element = try vm.getItem(sequence, .int(mid))
            if !key.isNone { element = try vm.call(key, [element]) }
            if right {
                if try HeapqModule.less(vm, item, element) { hi = mid } else { lo = mid + 1 }
            } else {
                if try HeapqModule.less(vm, element, item) { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }
}
