import Glibc

/// `choices`, `shuffle` and `sample`, as CPython 3.12's `random.py` computes them.
enum RandomSequences {
    static func choices(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "Random.choices", positional: ["population", "weights"], defaults: [.none],
                                   keywordOnly: [("cum_weights", Value.none), ("k", .int(1))]).bind(args)
        let (population, weights, k) = (values[0], values[1], values[3])
        var cumulative = values[2]
        let n = try vm.length(population)
        let times = try vm.intArgument(k)
        try vm.reserveMemory(max(0, times).saturatingMultiply(16))
        var result: [Value] = []
        if cumulative.isNone {
            if weights.isNone {
                for _ in 0..<max(0, times) {
                    try vm.tick()
                    let index = (r.random() * Double(n)).rounded(.down)
                    result.append(try vm.getItem(population, .int(Int(index))))
                }
                return .list(result)
            }
            if !vm.isIterable(weights), case .int = weights {
                throw Errors.typeError("The number of choices must be a keyword argument: k=\(try vm.repr(weights))")
            }
            var running: Value?
            var sums: [Value] = []
            for weight in try vm.collect(weights) {
                let next = try running.map { v throws(PyError) in try vm.binaryOperation(.add, v, weight) } ?? weight
                sums.append(next)
                running = next
            }
            cumulative = .list(sums)
        } else if !weights.isNone {
            throw Errors.typeError("Cannot specify both weights and cumulative weights")
        }
        let sums = try vm.collect(cumulative)
        guard sums.count == n else { throw Errors.valueError("The number of weights does not match the population") }
        guard let last = sums.last else { throw Errors.indexError("list index out of range") }
        guard case .float(let total) = try vm.binaryOperation(.add, last, .float(0)) else {
            throw Errors.typeError("unsupported operand type(s) for +: '\(last.typeName)' and 'float'")
        }
        guard total > 0 else { throw Errors.valueError("Total of weights must be greater than zero") }
        guard total.isFinite else { throw Errors.valueError("Total of weights must be finite") }
        for _ in 0..<max(0, times) {
            let target = Value.float(r.random() * total)
            // bisect_right(cum_weights, target, 0, n - 1)
            var lo = 0, hi = n - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if try HeapqModule.less(vm, target, sums[mid]) { hi = mid } else { lo = mid + 1 }
            }
            result.append(try vm.getItem(population, .int(lo)))
        }
        return .list(result)
    }

    static func shuffle(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let sequence = try Signature(name: "Random.shuffle", positional: ["x"]).bind(args)[0]
        let count = try vm.length(sequence)
        if case .object(let o) = sequence, let list = o as? PyList, !list.type.hasSpecialMethods {
            for i in stride(from: count - 1, through: 1, by: -1) {
                let j = try r.below(vm, i + 1)
                guard i < list.items.count, j < list.items.count else { break }
                list.items.swapAt(i, j)
            }
            return .none
        }
        for i in stride(from: count - 1, through: 1, by: -1) {
            let j = Value.int(try r.below(vm, i + 1))
            let a = try vm.getItem(sequence, .int(i)), b = try vm.getItem(sequence, j)
            try vm.setItem(sequence, .int(i), b)
            try vm.setItem(sequence, j, a)
        }
        return .none
    }

    /// Whether `value` is a `collections.abc.Sequence` (what `sample` accepts).
    static func isSequence(_ value: Value) -> Bool {
        guard case .object(let o) = value else { return false }
        return o is PyList || o is PyTuple || o is PyStr || o is PyRange || o is PyBytes || o is PyDeque
    }

    static func sample(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "Random.sample", positional: ["population", "k"],
                                   keywordOnly: [("counts", Value.none)]).bind(args)
        let (population, kValue, counts) = (values[0], values[1], values[2])
        guard isSequence(population) else {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try vm.length(population)
        if !counts.isNone { return try sampleCounted(vm, r, population, n, kValue, counts) }
        let k = try vm.intArgument(kValue)
        guard k >= 0, k <= n else { throw Errors.valueError("Sample larger than population or is negative") }
        try vm.reserveMemory(k.saturatingMultiply(16))
        var result: [Value] = []
        result.reserveCapacity(k)
        var setSize = 21
        if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
        if n <= setSize {
            var pool = try vm.collect(population)
            for i in 0..<k {
                let j = try r.below(vm, n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected: Set<Int> = []
            for _ in 0..<k {
                var j = try r.below(vm, n)
                while selected.contains(j) { j = try r.below(vm, n) }
                selected.insert(j)
                result.append(try vm.getItem(population, .int(j)))
            }
        }
        return .list(result)
    }

    /// `sample(population, k, counts=…)`: a sample of `range(total)` mapped back through the
    /// cumulative counts.
    static func sampleCounted(_ vm: VM, _ r: PyRandom, _ population: Value, _ n: Int, _ k: Value,
                              _ counts: Value) throws(PyError) -> Value {
        var sums: [Int] = []
        var running = 0
        for count in try vm.collect(counts) {
            guard let n = Number(count), case .int(let c) = n else { throw Errors.typeError("Counts must be integers") }
            let (next, overflow) = running.addingReportingOverflow(c)
            guard !overflow else { throw Errors.overflowError("Python int too large to convert to C ssize_t") }
            running = next
            sums.append(running)
        }
        guard sums.count == n else { throw Errors.valueError("The number of counts does not match the population") }
        guard let total = sums.popLast() else { throw Errors.indexError("pop from empty list") }
        guard total > 0 else { throw Errors.valueError("Total of counts must be greater than zero") }
        let selections = try sample(vm, r, Arguments([.object(r), .object(PyRange(start: 0, stop: total, step: 1)), k]))
        var result: [Value] = []
        for selection in try vm.collect(selections) {
            guard case .int(let s) = selection else { continue }
            var lo = 0, hi = sums.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if s < sums[mid] { hi = mid } else { lo = mid + 1 }
            }
            result.append(try vm.getItem(population, .int(lo)))
        }
        return .list(result)
    }
}
