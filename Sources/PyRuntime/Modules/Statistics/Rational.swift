import BigInt

/// An exact fraction in lowest terms (denominator > 0): the arithmetic CPython's
/// `statistics` does with `fractions.Fraction`.
struct Rational: Equatable {
    let numerator: BigInt
    let denominator: BigInt

    init(_ numerator: BigInt, _ denominator: BigInt = 1) {
        let divisor = MathIntegers.gcd(numerator.magnitude == 0 ? denominator : numerator, denominator)
        let sign: BigInt = denominator.signum() < 0 ? -1 : 1
        let common = BigInt(divisor.magnitude)
        self.numerator = sign * numerator / common
        self.denominator = sign * denominator / common
    }

    /// `x.as_integer_ratio()` of a finite float.
    init(exactly value: Double) {
        guard value != 0 else {
            self.init(0)
            return
        }
        let significand = BigInt(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        let exponent = value.isNormal ? Int(value.exponent) - 52 : -1074
        let signed = value < 0 ? -significand : significand
        self.init(exponent >= 0 ? signed << exponent : signed, exponent >= 0 ? 1 : BigInt(1) << -exponent)
    }

    static func + (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    static func - (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }

    static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// `a / b` for b ≠ 0.
    static func / (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    var isZero: Bool { numerator.isZero }
    var isNegative: Bool { numerator.signum() < 0 }
    var isInteger: Bool { denominator == 1 }

    /// `float(fraction)`: correctly rounded; `OverflowError` past the float range.
    func double() throws(PyError) -> Double {
        guard let value = VM.correctlyRoundedQuotient(numerator, denominator) else {
            throw Errors.overflowError("integer division result too large for a float")
        }
        return value
    }

    /// `_float_sqrt_of_frac`: the square root as a correctly rounded float.
    func squareRoot() throws(PyError) -> Double {
        let (n, m) = (numerator, denominator)
        func rootRoundToOdd(_ n: BigInt, _ m: BigInt) -> BigInt {
            let a = (n / m).squareRoot()
            return a * a * m != n ? a | 1 : a
        }
        let q = Int(floorDivide(BigInt(n.magnitude.bitWidth - m.magnitude.bitWidth - 109), 2))
        if q >= 0 {
            return try Rational(rootRoundToOdd(n, m << (2 * q)) << q).double()
        }
        return try Rational(rootRoundToOdd(n << (-2 * q), m), BigInt(1) << -q).double()
    }

    private func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return !r.isZero && (r.signum() < 0) != (b.signum() < 0) ? q - 1 : q
    }
}
