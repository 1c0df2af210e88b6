import Glibc

/// The real-valued distributions of `random`, as CPython 3.12's `random.py` computes them
/// (with the C library's `log`, `exp`, `sin`, `cos`, as CPython's `math` uses).
enum RandomDistributions {
    nonisolated(unsafe) static let all: [(String, RandomMethods.Body)] = [
        ("uniform", uniform), ("triangular", triangular), ("gauss", gauss), ("normalvariate", normalvariate),
        ("lognormvariate", lognormvariate), ("expovariate", expovariate), ("vonmisesvariate", vonmisesvariate),
        ("gammavariate", gammavariate), ("betavariate", betavariate), ("paretovariate", paretovariate),
        ("weibullvariate", weibullvariate),
    ]

    static let twoPi = 2.0 * Double.pi
    static let log4 = log(4.0)
    static let sgMagic = 1.0 + log(4.5)
    static let nvMagic = 4 * exp(-0.5) / 2.0.squareRoot()

    static func real(_ value: Value) throws(PyError) -> Double { try RandomMethods.doubleArgument(value) }

    /// `mu + z * sigma` with Python's arithmetic on the arguments.
    static func shifted(_ vm: VM, _ z: Double, _ mu: Value, _ sigma: Value) throws(PyError) -> Value {
        try vm.binaryOperation(.add, mu, try vm.binaryOperation(.multiply, .float(z), sigma))
    }

    static func uniform(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.uniform", positional: ["a", "b"]).bind(args)
        let width = try vm.binaryOperation(.subtract, v[1], v[0])
        return try vm.binaryOperation(.add, v[0], try vm.binaryOperation(.multiply, width, .float(r.random())))
    }

    static func triangular(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.triangular", positional: ["low", "high", "mode"],
                              defaults: [.float(0), .float(1), .none]).bind(args)
        var u = r.random()
        var low = try real(v[0]), high = try real(v[1])
        var c = 0.5
        if !v[2].isNone {
            guard high != low else { return v[0] }
            c = (try real(v[2]) - low) / (high - low)
        }
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            (low, high) = (high, low)
        }
        return .float(low + (high - low) * (u * c).squareRoot())
    }

    static func gauss(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.gauss", positional: ["mu", "sigma"], defaults: [.float(0), .float(1)]).bind(args)
        var z: Double
        if let spare = r.gaussNext {
            z = spare
            r.gaussNext = nil
        } else {
            let x2pi = r.random() * twoPi
            let g2rad = (-2.0 * log(1.0 - r.random())).squareRoot()
            z = cos(x2pi) * g2rad
            r.gaussNext = sin(x2pi) * g2rad
        }
        return try shifted(vm, z, v[0], v[1])
    }

    static func normal(_ r: PyRandom) -> Double {
        while true {
            let u1 = r.random()
            let u2 = 1.0 - r.random()
            let z = nvMagic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { return z }
        }
    }

    static func normalvariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.normalvariate", positional: ["mu", "sigma"],
                              defaults: [.float(0), .float(1)]).bind(args)
        return try shifted(vm, normal(r), v[0], v[1])
    }

    static func lognormvariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.lognormvariate", positional: ["mu", "sigma"]).bind(args)
        let z = normal(r)
        return .float(exp(try real(try shifted(vm, z, v[0], v[1]))))
    }

    static func expovariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.expovariate", positional: ["lambd"], defaults: [.float(1)]).bind(args)
        return try vm.binaryOperation(.trueDivide, .float(-log(1.0 - r.random())), v[0])
    }

    static func vonmisesvariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.vonmisesvariate", positional: ["mu", "kappa"]).bind(args)
        let mu = try real(v[0]), kappa = try real(v[1])
        if kappa <= 1e-6 { return .float(twoPi * r.random()) }
        let s = 0.5 / kappa
        let radius = s + (1.0 + s * s).squareRoot()
        var z: Double
        while true {
            z = cos(Double.pi * r.random())
            let d = z / (radius + z)
            let u2 = r.random()
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
        }
        let q = 1.0 / radius
        let f = (q + z) / (1.0 + q * z)
        let theta = r.random() > 0.5 ? mu + acos(f) : mu - acos(f)
        return .float(pythonModulo(theta, twoPi))
    }

    static func pythonModulo(_ x: Double, _ y: Double) -> Double {
        let m = fmod(x, y)
        return m != 0 && (m < 0) != (y < 0) ? m + y : m
    }

    static func gamma(_ r: PyRandom, alpha: Double, beta: Double) throws(PyError) -> Double {
        guard alpha > 0, beta > 0 else { throw Errors.valueError("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).squareRoot()
            let bbb = alpha - log4, ccc = alpha + ainv
            while true {
                let u1 = r.random()
                guard 1e-7 < u1, u1 < 0.9999999 else { continue }
                let u2 = 1.0 - r.random()
                let v = log(u1 / (1.0 - u1)) / ainv
                let x = alpha * exp(v)
                let z = u1 * u1 * u2
                let rr = bbb + ccc * v - x
                if rr + sgMagic - 4.5 * z >= 0.0 || rr >= log(z) { return x * beta }
            }
        }
        if alpha == 1.0 { return -log(1.0 - r.random()) * beta }
        var x: Double
        while true {
            let u = r.random()
            let b = (M_E + alpha) / M_E
            let p = b * u
            x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha)
            let u1 = r.random()
            if p > 1.0 {
                if u1 <= pow(x, alpha - 1.0) { break }
            } else if u1 <= exp(-x) {
                break
            }
        }
        return x * beta
    }

    static func gammavariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.gammavariate", positional: ["alpha", "beta"]).bind(args)
        return .float(try gamma(r, alpha: try real(v[0]), beta: try real(v[1])))
    }

    static func betavariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.betavariate", positional: ["alpha", "beta"]).bind(args)
        let y = try gamma(r, alpha: try real(v[0]), beta: 1.0)
        guard y != 0 else { return .float(0) }
        return .float(y / (y + (try gamma(r, alpha: try real(v[1]), beta: 1.0))))
    }

    static func paretovariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let alpha = try real(try Signature(name: "Random.paretovariate", positional: ["alpha"]).bind(args)[0])
        guard alpha != 0 else { throw Errors.floatDivisionByZero("float division by zero") }
        return .float(pow(1.0 - r.random(), -1.0 / alpha))
    }

    static func weibullvariate(_ vm: VM, _ r: PyRandom, _ args: Arguments) throws(PyError) -> Value {
        let v = try Signature(name: "Random.weibullvariate", positional: ["alpha", "beta"]).bind(args)
        let u = 1.0 - r.random()
        let beta = try real(v[1])
        guard beta != 0 else { throw Errors.floatDivisionByZero("float division by zero") }
        return .float(try real(v[0]) * pow(-log(u), 1.0 / beta))
    }
}
