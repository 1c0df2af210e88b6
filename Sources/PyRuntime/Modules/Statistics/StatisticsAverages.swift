import BigInt
import Glibc

/// `fmean`, `geometric_mean`, `harmonic_mean` and `median_grouped`, as CPython 3.12 computes
/// them.
enum StatisticsAverages {
    static func fsum(_ vm: VM, _ values: [Value]) throws(PyError) -> Value {
        try MathModule.fsum(vm, Arguments([.list(values)]))
    }

    /// `math.sumprod(p, q)` of equal-length inputs: exact for ints; for floats the exact
    /// sum of the exact products, rounded once.
    static func sumprod(_ vm: VM, _ p: [Value], _ q: [Value]) throws(PyError) -> Value {
        var exact = Rational(0)
        var allIntegers = true
        var special: Double?
        for (a, b) in zip(p, q) {
            if case .float = a { allIntegers = false }
            if case .float = b { allIntegers = false }
            guard let (n1, d1) = try ExactSum.ratio(a), let (n2, d2) = try ExactSum.ratio(b) else {
                special = (special ?? 0) + (try RandomMethods.doubleArgument(a)) * (try RandomMethods.doubleArgument(b))
                continue
            }
            exact = exact + Rational(n1 * n2, d1 * d2)
        }
        if let special { return .float(special) }
        if allIntegers { return PyBigInt.value(exact.numerator) }
        return .float(try exact.double())
    }

    static func fmean(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "fmean", positional: ["data", "weights"], defaults: [.none])
            .bind(args, hasSelf: false)
        let data = try vm.collect(values[0])
        if values[1].isNone {
            let total = try fsum(vm, data)
            guard !data.isEmpty else { throw StatisticsModule.failure("fmean requires at least one data point") }
            return try vm.binaryOperation(.trueDivide, total, .int(data.count))
        }
        let weights = try vm.collect(values[1])
        guard weights.count == data.count else {
            throw StatisticsModule.failure("data and weights must be the same length")
        }
        let numerator = try sumprod(vm, data, weights)
        let denominator = try fsum(vm, weights)
        guard try vm.isTruthy(denominator) else { throw StatisticsModule.failure("sum of weights must be non-zero") }
        return try vm.binaryOperation(.trueDivide, numerator, denominator)
    }

    static func geometricMean(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let data = try vm.collect(try StatisticsModule.data(args, "geometric_mean"))
        do throws(PyError) {
            var logs: [Value] = []
            for value in data { logs.append(try MathModule.log(vm, Arguments([value]))) }
            guard !logs.isEmpty else { throw StatisticsModule.failure("fmean requires at least one data point") }
            guard case .float(let total) = try fsum(vm, logs) else { return .none }
            let result = exp(total / Double(logs.count))
            guard result.isFinite else { throw MathModule.rangeError() }
            return .float(result)
        } catch {
            guard case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.valueError) else { throw error }
            throw StatisticsModule.failure("geometric mean requires a non-empty dataset containing positive numbers")
        }
    }

    static func isNegative(_ vm: VM, _ value: Value) throws(PyError) -> Bool {
        try vm.isTruthy(try vm.compareOperation(.less, value, .int(0)))
    }

    static func harmonicMean(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "harmonic_mean", positional: ["data", "weights"], defaults: [.none])
            .bind(args, hasSelf: false)
        let data = try vm.collect(values[0])
        let negative = "harmonic mean does not support negative values"
        guard !data.isEmpty else { throw StatisticsModule.failure("harmonic_mean requires at least one data point") }
        if data.count == 1, values[1].isNone {
            guard Number(data[0]) != nil else { throw Errors.typeError("unsupported type") }
            if try isNegative(vm, data[0]) { throw StatisticsModule.failure(negative) }
            return data[0]
        }
        var weights: [Value] = Array(repeating: .int(1), count: data.count)
        var sumOfWeights = Rational(BigInt(data.count))
        if !values[1].isNone {
            weights = try vm.collect(values[1])
            guard weights.count == data.count else {
                throw StatisticsModule.failure("Number of weights does not match data size")
            }
            var sum = ExactSum()
            for weight in weights {
                if try isNegative(vm, weight) { throw StatisticsModule.failure(negative) }
                try sum.add(weight)
            }
            sumOfWeights = sum.total
        }
        var sum = ExactSum()
        for (weight, value) in zip(weights, data) {
            if try isNegative(vm, value) { throw StatisticsModule.failure(negative) }
            guard try vm.isTruthy(weight) else {
                try sum.add(.int(0))
                continue
            }
            do throws(PyError) {
                try sum.add(try vm.binaryOperation(.trueDivide, weight, value))
            } catch {
                // CPython returns 0 when a datum is zero.
                guard case .exception(let e) = error, e.type.isSubtype(of: ExceptionTypes.zeroDivisionError) else {
                    throw error
                }
                return .int(0)
            }
        }
        let total = sum.total
        guard !total.isZero, !total.isNegative else { throw StatisticsModule.failure("Weighted sum must be positive") }
        return try sum.convert(sumOfWeights / total)
    }

    /// `median_grouped(data, interval=1.0)`: the 50th percentile of grouped data.
    static func medianGrouped(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "median_grouped", positional: ["data", "interval"], defaults: [.float(1)])
            .bind(args, hasSelf: false)
        let data = try StatisticsModule.sorted(vm, values[0])
        let n = data.count
        guard n > 0 else { throw StatisticsModule.failure("no median for empty data") }
        let x = data[n / 2]
        var i = 0
        while i < n, try HeapqModule.less(vm, data[i], x) { i += 1 }
        var j = i
        while j < n, try !HeapqModule.less(vm, x, data[j]) { j += 1 }
        guard let intervalNumber = Number(values[1]), let xNumber = Number(x) else {
            throw Errors.typeError("Value cannot be converted to a float")
        }
        let interval = try doubleValue(intervalNumber), middle = try doubleValue(xNumber)
        let lower = middle - interval / 2.0
        return .float(lower + interval * (Double(n) / 2 - Double(i)) / Double(j - i))
    }
}
