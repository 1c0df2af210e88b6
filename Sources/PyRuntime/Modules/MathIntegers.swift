import BigInt
import Glibc

/// The integer functions of `math`: `factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`.
/// Results are bounded by `Limits.maxIntegerBits` before any work is done.
enum MathIntegers {
    static func install(into function: (String, @escaping PyBuiltinFunction.Body) -> Void) {
        function("factorial", factorial)
        function("comb", comb)
        function("perm", perm)
        function("gcd") { vm, args throws(PyError) in
            try args.expect("gcd", min: 0, max: Int.max)
            var result = BigInt(0)
            for value in args.positional {
                try vm.checkLimits()
                result = gcd(result, try integer(value))
            }
            return PyBigInt.value(result)
        }
        function("lcm") { vm, args throws(PyError) in
            try args.expect("lcm", min: 0, max: Int.max)
            var result = BigInt(1)
            for value in args.positional {
                try vm.checkLimits()
                let n = try integer(value)
                if n == 0 || result == 0 {
                    result = 0
                    continue
                }
                try checkBits(result.bitWidth + n.bitWidth, vm)
                result = BigInt((result / gcd(result, n) * n).magnitude)
            }
            return PyBigInt.value(result)
        }
        function("isqrt") { vm, args throws(PyError) in
            try args.expect("isqrt", min: 1, max: 1)
            let n = try integer(args.positional[0])
            guard n.signum() >= 0 else { throw Errors.valueError("isqrt() argument must be nonnegative") }
            return PyBigInt.value(n.squareRoot())
        }
    }

    /// Euclid's algorithm with remainders: one big division when one side is small (the
    /// library's binary algorithm walks every bit of the big side instead).
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var (x, y) = (a.magnitude, b.magnitude)
        while !y.isZero { (x, y) = (y, x % y) }
        return BigInt(x)
    }

    /// An integer argument (`bool` included); floats are a `TypeError`, as in CPython.
    static func integer(_ value: Value) throws(PyError) -> BigInt {
        switch Number(value) {
        case .int(let i)?: return BigInt(i)
        case .big(let b)?: return b
        default: throw Errors.notAnInteger(value)
        }
    }

    /// Results above a million bits (300,000 digits) are refused: the quadratic division in
    /// `comb` would otherwise run for minutes inside one instruction, out of the limits' reach.
    private static let maxResultBits = 1 << 20

    private static func checkBits(_ bits: Int, _ vm: VM) throws(PyError) {
        if bits > Swift.min(vm.limits.maxIntegerBits, maxResultBits) { throw Errors.memory() }
        try vm.reserveMemory(bits / 8)
    }

    /// Bits of `n!`, from above (Stirling, rounded up generously).
    private static func factorialBits(_ n: Int) -> Int {
        guard n > 2 else { return 2 }
        let x = Double(n)
        return Int(x * (log2(x) - 1.4426950408889634) + log2(x) + 8)
    }

    /// The product of `low...high`, split in halves so the big multiplications stay balanced.
    private static func product(_ low: Int, _ high: Int) -> BigInt {
        if low > high { return 1 }
        if high - low < 16 {
            var result = BigInt(low)
            var i = low + 1
            while i <= high {
                result *= BigInt(i)
                i += 1
            }
            return result
        }
        let middle = low + (high - low) / 2
        return product(low, middle) * product(middle + 1, high)
    }

    static func factorial(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("factorial", min: 1, max: 1)
        let n = try integer(args.positional[0])
        guard n.signum() >= 0 else { throw Errors.valueError("factorial() not defined for negative values") }
        guard let small = Int(exactly: n), small <= 1 << 26 else { throw Errors.memory() }
        try checkBits(factorialBits(small), vm)
        return PyBigInt.value(product(2, Swift.max(1, small)))
    }

    static func comb(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("comb", min: 2, max: 2)
        let n = try integer(args.positional[0]), k = try integer(args.positional[1])
        guard n.signum() >= 0 else { throw Errors.valueError("n must be a non-negative integer") }
        guard k.signum() >= 0 else { throw Errors.valueError("k must be a non-negative integer") }
        if k > n { return .int(0) }
        let smaller = Swift.min(k, n - k)
        guard let count = Int(exactly: smaller), let top = Int(exactly: n) else { throw Errors.memory() }
        // C(n, k) < 2**(k * log2(n)).
        try checkBits(Int(Double(count) * log2(Double(Swift.max(top, 2)))) + 8, vm)
        var result = BigInt(1)
        var i = 0
        while i < count {
            result = result * BigInt(top - i) / BigInt(i + 1)
            i += 1
        }
        return PyBigInt.value(result)
    }

    static func perm(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("perm", min: 1, max: 2)
        let n = try integer(args.positional[0])
        let k = args.positional.count == 2 && !args.positional[1].isNone ? try integer(args.positional[1]) : n
        guard n.signum() >= 0 else { throw Errors.valueError("n must be a non-negative integer") }
        guard k.signum() >= 0 else { throw Errors.valueError("k must be a non-negative integer") }
        if k > n { return .int(0) }
        guard let count = Int(exactly: k), let top = Int(exactly: n) else { throw Errors.memory() }
        try checkBits(Int(Double(count) * log2(Double(Swift.max(top, 2)))) + 8, vm)
        return PyBigInt.value(product(top - count + 1, top))
    }
}
