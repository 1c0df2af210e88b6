import BigInt

/// What `statistics._sum` and `_ss` compute: exact sums of the data as fractions, the count,
/// and the result type (`float` if any float was seen, else `int`). A NaN or infinity makes
/// the sum that non-finite float, as in CPython.
struct ExactSum {
    var count = 0
    var sawFloat = false
    /// Numerator sums by denominator (CPython's partials), then summed exactly.
    var partials: [BigInt: BigInt] = [:]
    var squarePartials: [BigInt: BigInt] = [:]
    /// The running sum of non-finite values, once one is seen.
    var special: Double?

    /// `_exact_ratio(x)`: an int's or float's exact fraction, or `nil` for NaN/infinity.
    static func ratio(_ value: Value) throws(PyError) -> (BigInt, BigInt)? {
        switch value {
        case .float(let d):
            guard d.isFinite else { return nil }
            let r = Rational(exactly: d)
            return (r.numerator, r.denominator)
        default:
            guard let n = Number(value) else {
                throw Errors.typeError("can't convert type '\(value.typeName)' to numerator/denominator")
            }
            return (n.big, 1)
        }
    }

    /// Adds one data point; `squares` also sums the squares (for `_ss`).
    mutating func add(_ value: Value, squares: Bool = false) throws(PyError) {
        if case .float = value { sawFloat = true }
        count += 1
        guard let (n, d) = try ExactSum.ratio(value) else {
            if case .float(let x) = value { special = (special ?? 0) + x }
            return
        }
        partials[d, default: 0] += n
        if squares { squarePartials[d, default: 0] += n * n }
    }

    static func of(_ vm: VM, _ data: Value, squares: Bool = false) throws(PyError) -> ExactSum {
        var sum = ExactSum()
        let iterator = try vm.iterate(data)
        while let value = try vm.nextValue(iterator) { try sum.add(value, squares: squares) }
        return sum
    }

    /// The exact sum (when no value was NaN or infinite).
    var total: Rational {
        partials.reduce(Rational(0)) { $0 + Rational($1.value, $1.key) }
    }

    var totalOfSquares: Rational {
        squarePartials.reduce(Rational(0)) { $0 + Rational($1.value, $1.key * $1.key) }
    }

    /// `_convert(value, T)`: an `int` when every datum was an int and the value is whole,
    /// else the correctly rounded float.
    func convert(_ value: Rational) throws(PyError) -> Value {
        if !sawFloat, value.isInteger { return PyBigInt.value(value.numerator) }
        return .float(try value.double())
    }

    /// `_ss(data, c)`: the sum of squared deviations, exactly; with `c` given, from the
    /// deviations `(x - c) ** 2` computed with Python's arithmetic, as CPython does.
    static func squaredDeviations(_ vm: VM, _ data: Value, about center: Value?) throws(PyError) -> (ExactSum, Rational?) {
        if let center {
            var sum = ExactSum()
            let iterator = try vm.iterate(data)
            while let value = try vm.nextValue(iterator) {
                let deviation = try vm.binaryOperation(.subtract, value, center)
                try sum.add(try vm.binaryOperation(.multiply, deviation, deviation))
            }
            return (sum, sum.special == nil ? sum.total : nil)
        }
        let sums = try of(vm, data, squares: true)
        guard sums.special == nil else { return (sums, nil) }
        guard sums.count > 0 else { return (sums, Rational(0)) }
        let n = Rational(BigInt(sums.count))
        let sx = sums.total
        return (sums, (n * sums.totalOfSquares - sx * sx) / n)
    }
}
