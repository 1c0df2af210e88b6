import BigInt
import Glibc

/// `variance`, `pvariance`, `stdev`, `pstdev`, `quantiles`, `covariance` and `correlation`,
/// as CPython 3.12 computes them.
enum StatisticsSpread {
    /// The four spread functions: sample (n - 1) or population (n), variance or its root.
    static func spread(_ vm: VM, _ args: Arguments, _ name: String) throws(PyError) -> Value {
        let sample = name == "variance" || name == "stdev"
        let values = try Signature(name: name, positional: ["data", sample ? "xbar" : "mu"], defaults: [.none])
            .bind(args, hasSelf: false)
        let (sums, squares) = try ExactSum.squaredDeviations(vm, values[0], about: values[1].isNone ? nil : values[1])
        let minimum = sample ? 2 : 1
        guard sums.count >= minimum else {
            throw StatisticsModule.failure("\(name) requires at least \(sample ? "two data points" : "one data point")")
        }
        let divisor = sums.count - (sample ? 1 : 0)
        guard let squares else {
            let special = (sums.special ?? .nan) / Double(divisor)
            if name.hasSuffix("stdev") { throw Errors.attributeError("'float' object has no attribute 'numerator'") }
            return .float(special)
        }
        let meanSquare = squares / Rational(BigInt(divisor))
        if name.hasSuffix("stdev") { return .float(try meanSquare.squareRoot()) }
        return try sums.convert(meanSquare)
    }

    /// `quantiles(data, *, n=4, method='exclusive')`.
    static func quantiles(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let values = try Signature(name: "quantiles", positional: ["data"],
                                   keywordOnly: [("n", .int(4)), ("method", .str("exclusive"))]).bind(args, hasSelf: false)
        let n = try vm.intArgument(values[1])
        guard n >= 1 else { throw StatisticsModule.failure("n must be at least 1") }
        let data = try StatisticsModule.sorted(vm, values[0])
        let count = data.count
        guard count >= 2 else { throw StatisticsModule.failure("must have at least two data points") }
        try vm.reserveMemory((n - 1).saturatingMultiply(16))
        let method = try vm.str(values[2])
        func interpolate(_ low: Value, _ high: Value, _ delta: Int) throws(PyError) -> Value {
            let left = try vm.binaryOperation(.multiply, low, .int(n - delta))
            let right = try vm.binaryOperation(.multiply, high, .int(delta))
            return try vm.binaryOperation(.trueDivide, try vm.binaryOperation(.add, left, right), .int(n))
        }
        var result: [Value] = []
        switch method {
        case "inclusive":
            let m = count - 1
            for i in 1..<n {
                let (j, delta) = (i * m).quotientAndRemainder(dividingBy: n)
                result.append(try interpolate(data[j], data[j + 1], delta))
            }
        case "exclusive":
            let m = count + 1
            for i in 1..<n {
                let j = min(max(i * m / n, 1), count - 1)
                result.append(try interpolate(data[j - 1], data[j], i * m - j * n))
            }
        default:
            throw Errors.valueError("Unknown method: \(try vm.repr(values[2]))")
        }
        return .list(result)
    }

    /// The deviations of `values` from their `fsum` mean.
    static func deviations(_ vm: VM, _ values: [Value]) throws(PyError) -> [Value] {
        let mean = try vm.binaryOperation(.trueDivide, try StatisticsAverages.fsum(vm, values), .int(values.count))
        var result: [Value] = []
        for value in values { result.append(try vm.binaryOperation(.subtract, value, mean)) }
        return result
    }

    static func pairs(_ vm: VM, _ args: Arguments, _ name: String) throws(PyError) -> ([Value], [Value]) {
        try args.expect(name, min: 2, max: 2, allowKeywords: name == "correlation" ? ["method"] : [])
        let x = try vm.collect(args.positional[0]), y = try vm.collect(args.positional[1])
        guard x.count == y.count else {
            throw StatisticsModule.failure("\(name) requires that both inputs have same number of data points")
        }
        guard x.count >= 2 else { throw StatisticsModule.failure("\(name) requires at least two data points") }
        return (x, y)
    }

    static func covariance(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let (x, y) = try pairs(vm, args, "covariance")
        let sxy = try StatisticsAverages.sumprod(vm, try deviations(vm, x), try deviations(vm, y))
        return try vm.binaryOperation(.trueDivide, sxy, .int(x.count - 1))
    }

    /// `correlation(x, y, /, *, method='linear')`: Pearson's coefficient (`ranked` is not
    /// offered).
    static func correlation(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        let (x, y) = try pairs(vm, args, "correlation")
        if let method = args.keyword("method"), try vm.str(method) != "linear" {
            throw Errors.valueError("Unknown method: \(try vm.repr(method))")
        }
        let dx = try deviations(vm, x), dy = try deviations(vm, y)
        let sxy = try StatisticsAverages.sumprod(vm, dx, dy)
        let sxx = try StatisticsAverages.sumprod(vm, dx, dx), syy = try StatisticsAverages.sumprod(vm, dy, dy)
        let product = try RandomMethods.doubleArgument(try vm.binaryOperation(.multiply, sxx, syy))
        guard product != 0 else { throw StatisticsModule.failure("at least one of the inputs is constant") }
        return try vm.binaryOperation(.trueDivide, sxy, .float(product.squareRoot()))
    }
}
