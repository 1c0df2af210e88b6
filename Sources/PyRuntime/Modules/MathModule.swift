import BigInt
import Glibc

/// The `math` module, with CPython's results and messages (`math domain error`, `math range
/// error`, …).
enum MathModule {
    static func makeModule(_ vm: VM) -> PyModule {
        let namespace = PyDict()
        namespace.set("__name__", .str("math"))
        namespace.set("pi", .float(Double.pi))
        namespace.set("e", .float(M_E))
        namespace.set("tau", .float(2 * Double.pi))
        namespace.set("inf", .float(.infinity))
        namespace.set("nan", .float(.nan))
        func function(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
            namespace.set(name, .object(PyBuiltinFunction(name, body)))
        }
        // One-argument real functions: (name, function, may overflow).
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", { $0.squareRoot() }, false), ("exp", Glibc.exp, true), ("exp2", Glibc.exp2, true),
            ("expm1", Glibc.expm1, true), ("log2", Glibc.log2, false), ("log10", Glibc.log10, false),
            ("log1p", Glibc.log1p, false), ("sin", Glibc.sin, false), ("cos", Glibc.cos, false),
            ("tan", Glibc.tan, false), ("asin", Glibc.asin, false), ("acos", Glibc.acos, false),
            ("atan", Glibc.atan, false), ("sinh", Glibc.sinh, true), ("cosh", Glibc.cosh, true),
            ("tanh", Glibc.tanh, false), ("asinh", Glibc.asinh, false), ("acosh", Glibc.acosh, false),
            ("atanh", Glibc.atanh, false), ("fabs", { Swift.abs($0) }, false), ("cbrt", Glibc.cbrt, false),
            ("erf", Glibc.erf, false), ("erfc", Glibc.erfc, false), ("gamma", Glibc.tgamma, true),
            ("lgamma", Glibc.lgamma, true),
            ("degrees", { $0 * (180 / Double.pi) }, true), ("radians", { $0 * (Double.pi / 180) }, false),
        ]
        for (name, f, canOverflow) in unary {
            function(name) { vm, args throws(PyError) in
                try args.expect(name, min: 1, max: 1)
                return .float(try apply(f, try real(args.positional[0], vm), canOverflow: canOverflow))
            }
        }
        function("log", log)
        function("ceil") { vm, args throws(PyError) in try rounding("ceil", args, vm) { $0.rounded(.up) } }
        function("floor") { vm, args throws(PyError) in try rounding("floor", args, vm) { $0.rounded(.down) } }
        function("trunc") { vm, args throws(PyError) in try rounding("trunc", args, vm) { $0.rounded(.towardZero) } }
        function("isfinite") { vm, args throws(PyError) in try predicate("isfinite", args, vm) { $0.isFinite } }
        function("isinf") { vm, args throws(PyError) in try predicate("isinf", args, vm) { $0.isInfinite } }
        function("isnan") { vm, args throws(PyError) in try predicate("isnan", args, vm) { $0.isNaN } }
        function("pow", pow)
        function("atan2") { vm, args throws(PyError) in
            try args.expect("atan2", min: 2, max: 2)
            return .float(Glibc.atan2(try real(args.positional[0], vm), try real(args.positional[1], vm)))
        }
        function("copysign") { vm, args throws(PyError) in
            try args.expect("copysign", min: 2, max: 2)
            return .float(Glibc.copysign(try real(args.positional[0], vm), try real(args.positional[1], vm)))
        }
        function("fmod") { vm, args throws(PyError) in
            try args.expect("fmod", min: 2, max: 2)
            let x = try real(args.positional[0], vm), y = try real(args.positional[1], vm)
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Glibc.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        function("remainder") { vm, args throws(PyError) in
            try args.expect("remainder", min: 2, max: 2)
            let x = try real(args.positional[0], vm), y = try real(args.positional[1], vm)
            let r = Glibc.remainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            return .float(r)
        }
        function("modf") { vm, args throws(PyError) in
            try args.expect("modf", min: 1, max: 1)
            let x = try real(args.positional[0], vm)
            if x.isInfinite { return .tuple([.float(Glibc.copysign(0, x)), .float(x)]) }
            let whole = x.rounded(.towardZero)
            return .tuple([.float(Glibc.copysign(x - whole, x)), .float(whole)])
        }
        function("frexp") { vm, args throws(PyError) in
            try args.expect("frexp", min: 1, max: 1)
            let x = try real(args.positional[0], vm)
            if x == 0 || !x.isFinite { return .tuple([.float(x), .int(0)]) }
            var exponent: Int32 = 0
            let mantissa = Glibc.frexp(x, &exponent)
            return .tuple([.float(mantissa), .int(Int(exponent))])
        }
        function("ldexp") { vm, args throws(PyError) in
            try args.expect("ldexp", min: 2, max: 2)
            let x = try real(args.positional[0], vm)
            guard let n = Number(args.positional[1]), !n.isFloat else {
                throw Errors.typeError("Expected an int as second argument to ldexp.")
            }
            let exponent: Int
            switch n {
            case .int(let i): exponent = Swift.max(-100_000, Swift.min(100_000, i))
            case .big(let b): exponent = b.signum() < 0 ? -100_000 : 100_000
            case .float: exponent = 0
            }
            if x == 0 || !x.isFinite { return .float(x) }
            let r = Glibc.scalbn(x, Int32(exponent))
            if r.isInfinite { throw rangeError() }
            return .float(r)
        }
        function("ulp") { vm, args throws(PyError) in
            try args.expect("ulp", min: 1, max: 1)
            let x = Swift.abs(try real(args.positional[0], vm))
            if x.isNaN || x.isInfinite { return .float(x) }
            if x == Double.greatestFiniteMagnitude { return .float(x - x.nextDown) }
            return .float(x.nextUp - x)
        }
        function("nextafter") { vm, args throws(PyError) in
            try args.expect("nextafter", min: 2, max: 2)
            return .float(Glibc.nextafter(try real(args.positional[0], vm), try real(args.positional[1], vm)))
        }
        function("isclose", isclose)
        function("fsum", fsum)
        function("prod", prod)
        function("hypot") { vm, args throws(PyError) in
            try args.expect("hypot", min: 0, max: Int.max)
            var coordinates: [Double] = []
            for value in args.positional { coordinates.append(try real(value, vm)) }
            return .float(norm(coordinates))
        }
        function("dist", dist)
        MathIntegers.install(into: function)
        return PyModule(name: "math", namespace: namespace)
    }

    static func domainError() -> PyError { Errors.valueError("math domain error") }
    static func rangeError() -> PyError { Errors.overflowError("math range error") }

    /// A real-number argument as a float, as CPython's `PyFloat_AsDouble` converts it.
    static func real(_ value: Value, _ vm: VM) throws(PyError) -> Double {
        guard let n = Number(value) else {
            if !value.pyType.isBuiltin, let method = value.pyType.lookup("__float__") {
                return try real(try vm.call(method, [value]), vm)
            }
            throw Errors.typeError("must be real number, not \(value.typeName)")
        }
        return try doubleValue(n)
    }

    /// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity from a finite
    /// value is a range error for functions that can overflow and a domain error otherwise.
    static func apply(_ f: (Double) -> Double, _ x: Double, canOverflow: Bool) throws(PyError) -> Double {
        let r = f(x)
        if r.isNaN && !x.isNaN { throw domainError() }
        if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
        return r
    }

    /// `log(x[, base])`; ints too large for a float are handled exactly as CPython does.
    static func log(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("log", min: 1, max: 2)
        var result = try naturalLog(args.positional[0], vm)
        if args.positional.count == 2 {
            let base = try naturalLog(args.positional[1], vm)
            if base == 0 { throw Errors.make(ExceptionTypes.zeroDivisionError, "float division by zero") }
            result /= base
        }
        return .float(result)
    }

    private static func naturalLog(_ value: Value, _ vm: VM) throws(PyError) -> Double {
        if case .big(let b)? = Number(value) {
            guard b.signum() > 0 else { throw domainError() }
            let d = Double(b)
            if d.isFinite { return Glibc.log(d) }
            // log(m * 2**e) for the top 60 bits m: exact enough, never overflows.
            let shift = b.bitWidth - 60
            return Glibc.log(Double(b >> shift)) + Double(shift) * M_LN2
        }
        let x = try real(value, vm)
        guard x > 0 || x.isNaN else { throw domainError() }
        return Glibc.log(x)
    }

    private static func rounding(_ name: String, _ args: Arguments, _ vm: VM,
                                 _ round: (Double) -> Double) throws(PyError) -> Value {
        try args.expect(name, min: 1, max: 1)
        let value = args.positional[0]
        switch Number(value) {
        case .int(let i)?: return .int(i)
        case .big(let b)?: return PyBigInt.value(b)
        case .float(let d)?:
            if d.isNaN { throw Errors.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw Errors.overflowError("cannot convert float infinity to integer") }
            let r = round(d)
            if Swift.abs(r) < 9.2e18 { return .int(Int(r)) }
            return PyBigInt.value(BigInt(r))
        case nil:
            if !value.pyType.isBuiltin, let method = value.pyType.lookup("__\(name)__") {
                return try vm.call(method, [value])
            }
            throw Errors.typeError("must be real number, not \(value.typeName)")
        }
    }

    private static func predicate(_ name: String, _ args: Arguments, _ vm: VM,
                                  _ test: (Double) -> Bool) throws(PyError) -> Value {
        try args.expect(name, min: 1, max: 1)
        return .bool(test(try real(args.positional[0], vm)))
    }

    /// `math.pow`: C99's special cases, CPython's errors.
    static func pow(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("pow", min: 2, max: 2)
        let x = try real(args.positional[0], vm), y = try real(args.positional[1], vm)
        let r = Glibc.pow(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
        if r.isInfinite && x.isFinite && y.isFinite {
            throw x == 0 ? domainError() : rangeError()
        }
        return .float(r)
    }

    static func isclose(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("isclose", min: 2, max: 2, allowKeywords: ["rel_tol", "abs_tol"])
        let a = try real(args.positional[0], vm), b = try real(args.positional[1], vm)
        let relative = try args.keyword("rel_tol").map { v throws(PyError) in try real(v, vm) } ?? 1e-9
        let absolute = try args.keyword("abs_tol").map { v throws(PyError) in try real(v, vm) } ?? 0
        if relative < 0 || absolute < 0 { throw Errors.valueError("tolerances must be non-negative") }
        if a == b { return .true }
        if a.isInfinite || b.isInfinite { return .false }
        let difference = Swift.abs(b - a)
        return .bool(difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a)
                     || difference <= absolute)
    }

    /// `math.fsum`: the exactly rounded sum (Shewchuk's partials, as CPython computes it).
    static func fsum(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("fsum", min: 1, max: 1)
        var partials: [Double] = []
        var specialSum = 0.0
        var infSum = 0.0
        for item in try vm.collect(args.positional[0]) {
            var x = try real(item, vm)
            if !x.isFinite {
                if x.isInfinite { infSum += x }
                specialSum += x
                continue
            }
            var kept = 0
            for var y in partials {
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let high = x + y
                let low = y - (high - x)
                if low != 0 {
                    partials[kept] = low
                    kept += 1
                }
                x = high
            }
            partials.removeSubrange(kept...)
            if x.isInfinite { throw Errors.overflowError("intermediate overflow in fsum") }
            partials.append(x)
        }
        if specialSum != 0 {
            if infSum.isNaN { throw Errors.valueError("-inf + inf in fsum") }
            return .float(specialSum)
        }
        guard var n = partials.indices.last else { return .float(0) }
        var high = partials[n]
        var low = 0.0
        while n > 0 {
            let x = high
            n -= 1
            let y = partials[n]
            high = x + y
            let yr = high - x
            low = y - yr
            if low != 0 { break }
        }
        // Round half-even correctly when the rest of the partials push past a halfway case.
        if n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0)) {
            let y = low * 2
            let x = high + y
            if y == x - high { high = x }
        }
        return .float(high)
    }

    static func prod(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("prod", min: 1, max: 1, allowKeywords: ["start"])
        var result = args.keyword("start") ?? .int(1)
        for item in try vm.collect(args.positional[0]) {
            result = try vm.binaryOperation(.multiply, result, item)
        }
        return result
    }

    static func dist(_ vm: VM, _ args: Arguments) throws(PyError) -> Value {
        try args.expect("dist", min: 2, max: 2)
        let p = try vm.collect(args.positional[0]), q = try vm.collect(args.positional[1])
        guard p.count == q.count else { throw Errors.valueError("both points must have the same number of dimensions") }
        var differences: [Double] = []
        for (a, b) in zip(p, q) { differences.append(try real(a, vm) - real(b, vm)) }
        return .float(norm(differences))
    }

    /// The Euclidean norm, correctly rounded in all but rare cases (as CPython's): the
    /// values are scaled by a power of two, their squares summed in double-double arithmetic,
    /// and the square root corrected by one Newton step on the exact residual.
    static func norm(_ values: [Double]) -> Double {
        if values.contains(where: \.isInfinite) { return .infinity }
        if values.contains(where: \.isNaN) { return .nan }
        let largest = values.map { Swift.abs($0) }.max() ?? 0
        if largest == 0 { return 0 }
        var exponent: Int32 = 0
        _ = Glibc.frexp(largest, &exponent)
        let scale = -Int32(exponent)
        var sum = 0.0, error = 0.0
        for value in values {
            let x = Glibc.scalbn(value, scale)
            let square = x * x
            let squareError = Glibc.fma(x, x, -square)
            // sum + square, exactly, as a high part and an error term.
            let total = sum + square
            let virtual = total - sum
            error += (sum - (total - virtual)) + (square - virtual) + squareError
            sum = total
        }
        let approximate = (sum + error).squareRoot()
        let high = approximate * approximate
        let low = Glibc.fma(approximate, approximate, -high)
        let residual = ((sum - high) - low) + error
        let root = approximate + residual / (2 * approximate)
        return Glibc.scalbn(root, -scale)
    }
}
