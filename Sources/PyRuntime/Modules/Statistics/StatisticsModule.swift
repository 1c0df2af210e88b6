import BigInt
import Glibc

/// The `statistics` module (CPython 3.12): averages with exact fraction arithmetic where
/// CPython uses it (so `mean([1.1, 2.2, 3.3])` prints like CPython's), medians, modes,
/// spreads, quantiles and `StatisticsError`.
enum StatisticsModule {
    nonisolated(unsafe) static let error = ExceptionTypes.make("StatisticsError", base: ExceptionTypes.valueError,
                                                               module: "statistics")

    static func failure(_ message: String) -> PyError { Errors.make(error, message) }

    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        namespace.set("__name__", .str("statistics"))
        namespace.set("StatisticsError", .object(error))
        function("mean", mean)
        function("fmean", StatisticsAverages.fmean)
        function("geometric_mean", StatisticsAverages.geometricMean)
        function("harmonic_mean", StatisticsAverages.harmonicMean)
        function("median") { vm, args throws(PyError) in try median(vm, args, "median", pick: .middle) }
        function("median_low") { vm, args throws(PyError) in try median(vm, args, "median_low", pick: .low) }
        function("median_high") { vm, args throws(PyError) in try median(vm, args, "median_high", pick: .high) }
        function("median_grouped", StatisticsAverages.medianGrouped)
        function("mode", mode)
        function("multimode", multimode)
        function("quantiles", StatisticsSpread.quantiles)
        function("variance") { vm, args throws(PyError) in try StatisticsSpread.spread(vm, args, "variance") }
        function("pvariance") { vm, args throws(PyError) in try StatisticsSpread.spread(vm, args, "pvariance") }
        function("stdev") { vm, args throws(PyError) in try StatisticsSpread.spread(vm, args, "stdev") }
        function("pstdev") { vm, args throws(PyError) in try StatisticsSpread.spread(vm, args, "pstdev") }
        function("covariance", StatisticsSpread.covariance)
        function("correlation", StatisticsSpread.correlation)
        return PyModule(name: "statistics", namespace: namespace)
    }

    /// The single data argument of a function written in Python (`mean(data)`).
    static func data(_ args: Arguments, _ name: String) throws(PyError) -> Value {
        try Signature(name: name, positional: ["data"]).bind(args, hasSelf: false)[0]
    }

    /// `mean(data)`: the exact sum divided by the count, converted to the data's type.
    static func mean(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let sum = try ExactSum.of(vm, try data(args, "mean"))
        guard sum.count >= 1 else { throw failure("mean requires at least one data point") }
        if let special = sum.special { return .float(special / Double(sum.count)) }
        return try sum.convert(sum.total / Rational(BigInt(sum.count)))
    }

    /// `sorted(data)` through the builtin, so comparisons and their errors are the same.
    static func sorted(_ vm: VM, _ data: Value) throws(PyError) -> [Value] {
        guard let sorted = vm.builtins.get("sorted") else { return [] }
        return try vm.collect(try vm.call(sorted, [data]))
    }

    enum Pick { case low, middle, high }

    static func median(_ vm: VM, _ args: Arguments, _ name: String, pick: Pick) throws(PyError) -> Value {
        let values = try sorted(vm, try data(args, name))
        let n = values.count
        guard n > 0 else { throw failure("no median for empty data") }
        if n % 2 == 1 { return values[n / 2] }
        switch pick {
        case .low: return values[n / 2 - 1]
        case .high: return values[n / 2]
        case .middle:
            return try vm.binaryOperation(.trueDivide, try vm.binaryOperation(.add, values[n / 2 - 1], values[n / 2]), .int(2))
        }
    }

    /// Counts of each distinct value, in first-seen order (`collections.Counter(data)`).
    static func counts(_ vm: VM, _ data: Value) throws(PyError) -> [(value: Value, count: Int)] {
        let index = PyDict()
        var counts: [(value: Value, count: Int)] = []
        let iterator = try vm.iterate(data)
        while let value = try vm.nextValue(iterator) {
            if case .int(let i)? = try index.get(value, vm: vm) {
                counts[i].count += 1
            } else {
                try vm.reserveMemory(64)
                try index.set(value, .int(counts.count), vm: vm)
                counts.append((value, 1))
            }
        }
        return counts
    }

    static func mode(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let counts = try counts(vm, try data(args, "mode"))
        guard let best = counts.max(by: { $0.count < $1.count }) else { throw failure("no mode for empty data") }
        // `max` keeps the last of equal counts; CPython's `most_common(1)` the first.
        return counts.first { $0.count == best.count }?.value ?? best.value
    }

    static func multimode(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let counts = try counts(vm, try data(args, "multimode"))
        guard let most = counts.map(\.count).max() else { return .list([]) }
        return .list(counts.filter { $0.count == most }.map(\.value))
    }
}
