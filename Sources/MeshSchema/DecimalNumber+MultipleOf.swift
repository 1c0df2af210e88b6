/// A positive `multipleOf` value as `significand × 10^exponent`, with the schema's literal.
///
/// The significand must fit in 64 bits (19 significant digits), which every practical divisor
/// does; larger ones are rejected at compile time.
struct Divisor: Sendable {
    var literal: String
    var significand: UInt64
    var exponent: Int

    /// nil unless `number` is positive with at most 19 significant digits.
    init?(_ number: JSONNumber) {
        let decimal = number.decimal
        guard !decimal.isZero, !decimal.negative, decimal.digits.count <= 19 else { return nil }
        var significand: UInt64 = 0
        for digit in decimal.digits {
            significand = significand * 10 + UInt64(digit)
        }
        literal = number.literal
        self.significand = significand
        exponent = decimal.pointExponent - decimal.digits.count
    }
}

extension DecimalNumber {
    /// True when `self / divisor` is an integer, computed exactly.
    ///
    /// With `self = D × 10^e` (D without trailing zeros) and `divisor = m × 10^f`: when e < f the
    /// quotient needs `10^(f-e) · m | D`, impossible since D does not end in 0; otherwise the
    /// test is `D · 10^(e-f) ≡ 0 (mod m)`, done with modular arithmetic in 64 bits.
    func isMultiple(of divisor: Divisor) -> Bool {
        if isZero { return true }
        let shift = (pointExponent - digits.count) - divisor.exponent
        guard shift >= 0 else { return false }
        let modulus = divisor.significand
        var remainder: UInt64 = 0
        for digit in digits {
            remainder = Self.addMod(Self.mulMod(remainder, 10, modulus), UInt64(digit), modulus)
        }
        return Self.mulMod(remainder, Self.powMod(10, shift, modulus), modulus) == 0
    }

    /// `a · b mod m` without overflow; `m > 0`.
    static func mulMod(_ a: UInt64, _ b: UInt64, _ modulus: UInt64) -> UInt64 {
        // Reduced operands keep the high half of the product below the modulus, so the
        // full-width division's quotient fits in 64 bits.
        let product = (a % modulus).multipliedFullWidth(by: b % modulus)
        return modulus.dividingFullWidth(product).remainder
    }

    /// `a + b mod m` without overflow; `m > 0`.
    static func addMod(_ a: UInt64, _ b: UInt64, _ modulus: UInt64) -> UInt64 {
        let (sum, overflow) = (a % modulus).addingReportingOverflow(b % modulus)
        // Both terms are below the modulus, so one subtraction (wrapping past 2^64) suffices.
        return overflow || sum >= modulus ? sum &- modulus : sum
    }

    /// `base^exponent mod m` by squaring; `m > 0`, `exponent >= 0`.
    static func powMod(_ base: UInt64, _ exponent: Int, _ modulus: UInt64) -> UInt64 {
        var result = 1 % modulus
        var power = base % modulus
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = mulMod(result, power, modulus) }
            power = mulMod(power, power, modulus)
            remaining >>= 1
        }
        return result
    }
}
