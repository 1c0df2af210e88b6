/// `product`, `permutations`, `combinations` and `combinations_with_replacement`: index
/// vectors advanced in lexicographic order over materialized pools, as in CPython.
enum ItertoolsCombinatorics {
    static func install(into function: (String, @escaping PyBuiltinFunction.Body) -> Void) {
        function("product", product)
        function("permutations", permutations)
        function("combinations") { vm, args throws(PyError) in try combinations(vm, args, replacement: false) }
        function("combinations_with_replacement") { vm, args throws(PyError) in
            try combinations(vm, args, replacement: true)
        }
    }

    static func product(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("product", min: 0, max: Int.max, allowKeywords: ["repeat"])
        let repeatCount = try args.keyword("repeat").map { v throws(PyError) in try vm.intArgument(v) } ?? 1
        guard repeatCount >= 0 else { throw Errors.valueError("repeat argument cannot be negative") }
        var pools: [[Value]] = []
        for value in args.positional { pools.append(try vm.collect(value)) }
        pools = Array(Array(repeating: pools, count: repeatCount).joined())
        var indices: [Int]? = pools.contains(where: \.isEmpty) ? nil : Array(repeating: 0, count: pools.count)
        var first = true
        return ItertoolsModule.iterator("product") { _ throws(PyError) in
            guard var current = indices else { return nil }
            if !first {
                var position = pools.count - 1
                while position >= 0 {
                    current[position] += 1
                    if current[position] < pools[position].count { break }
                    current[position] = 0
                    position -= 1
                }
                if position < 0 {
                    indices = nil
                    return nil
                }
            }
            first = false
            indices = current
            return .tuple(current.enumerated().map { pools[$0.offset][$0.element] })
        }
    }

    static func permutations(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("permutations", min: 1, max: 2, allowKeywords: ["iterable", "r"])
        let pool = try vm.collect(args.positional[0])
        let n = pool.count
        let r: Int
        if let given = args.argument(1, "r"), !given.isNone {
            r = try vm.intArgument(given)
            guard r >= 0 else { throw Errors.valueError("r must be non-negative") }
        } else {
            r = n
        }
        var indices = Array(0..<n)
        // n, n-1, …, n-r+1; empty when r > n (there are no permutations then).
        var cycles = r <= n ? Array(stride(from: n, to: n - r, by: -1)) : []
        var done = r > n
        var first = true
        return ItertoolsModule.iterator("permutations") { _ throws(PyError) in
            guard !done else { return nil }
            if first {
                first = false
                return .tuple(indices.prefix(r).map { pool[$0] })
            }
            var i = r - 1
            while i >= 0 {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices[i]
                    indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    let j = cycles[i]
                    indices.swapAt(i, n - j)
                    return .tuple(indices.prefix(r).map { pool[$0] })
                }
                i -= 1
            }
            done = true
            return nil
        }
    }

    static func combinations(_ vm: VM, _ args: Arguments, replacement: Bool) throws(PyError) -> Value {
        let name = replacement ? "combinations_with_replacement" : "combinations"
        try args.expect(name, min: 2, max: 2, allowKeywords: ["iterable", "r"])
        let pool = try vm.collect(args.positional[0])
        let r = try vm.intArgument(args.positional[1])
        guard r >= 0 else { throw Errors.valueError("r must be non-negative") }
        let n = pool.count
        var indices = replacement ? Array(repeating: 0, count: r) : Array(0..<r)
        var done = replacement ? (n == 0 && r > 0) : r > n
        var first = true
        return ItertoolsModule.iterator(name) { _ throws(PyError) in
            guard !done else { return nil }
            if first {
                first = false
                return .tuple(indices.map { pool[$0] })
            }
            var i = r - 1
            while i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r) { i -= 1 }
            if i < 0 {
                done = true
                return nil
            }
            if replacement {
                let value = indices[i] + 1
                for j in i..<r { indices[j] = value }
            } else {
                indices[i] += 1
                for j in (i + 1)..<r { indices[j] = indices[j - 1] + 1 }
            }
            return .tuple(indices.map { pool[$0] })
        }
    }
}
