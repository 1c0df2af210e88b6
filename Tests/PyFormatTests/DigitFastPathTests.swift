@testable import PyFormat
import Testing

/// The shortcut that rounds Swift's shortest digits must agree with glibc's exact
/// conversion everywhere; this compares them on many doubles, including short decimals
/// (where ties such as 2.675 hide) and values near powers of ten.
@Suite struct DigitFastPathTests {
    /// Deterministic doubles: raw bit patterns, short decimals and decade edges.
    static func samples() -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var values: [Double] = []
        for _ in 0..<20_000 {
            let bits = Double(bitPattern: next())
            if bits.isFinite { values.append(bits) }
            let scale = Double(sign: .plus, exponent: Int(next() % 120) - 60, significand: 1)
            values.append(Double(next() % 1_000_000) / 1000 * scale)
            let decimals = Int(next() % 7)
            values.append(Double("\(next() % 100_000).\(next() % 1000)5")! / Double(1 << decimals))
            values.append(Double("\(next() % 1000).\(String(repeating: "0", count: decimals))5") ?? 0)
        }
        for exponent in -30...30 {
            let power = Double("1e\(exponent)")!
            values += [power, power.nextUp, power.nextDown, power * 0.95, power * 0.9999999999999999, power * 9.5]
        }
        return values
    }

    static func same(_ a: DecimalDigits, _ b: DecimalDigits) -> Bool {
        a.digits == b.digits && a.decimalPoint == b.decimalPoint && a.negative == b.negative
    }

    @Test func fixedMatchesExactConversion() {
        var mismatches: [String] = []
        for x in Self.samples() {
            for places in [0, 1, 2, 3, 4, 6, 9, 12, 15, 17] {
                let fast = DecimalDigits.fixed(x, places: places)
                let exact = DecimalDigits.fixedExact(x, places: places)
                if !Self.same(fast, exact) {
                    mismatches.append("fixed(\(x), \(places)): \(String(decoding: fast.digits, as: UTF8.self))@\(fast.decimalPoint) vs \(String(decoding: exact.digits, as: UTF8.self))@\(exact.decimalPoint)")
                }
            }
        }
        let mismatchCount = mismatches.count
        #expect(mismatchCount == 0, Comment(rawValue: mismatches.prefix(20).joined(separator: "\n")))
    }

    @Test func significantMatchesExactConversion() {
        var mismatches: [String] = []
        for x in Self.samples() {
            for count in [1, 2, 3, 4, 5, 6, 8, 10, 13, 15, 16, 17] {
                let fast = DecimalDigits.significant(x, count: count)
                let exact = DecimalDigits.significantExact(x, count: count)
                if !Self.same(fast, exact) {
                    mismatches.append("significant(\(x), \(count)): \(String(decoding: fast.digits, as: UTF8.self))@\(fast.decimalPoint) vs \(String(decoding: exact.digits, as: UTF8.self))@\(exact.decimalPoint)")
                }
            }
        }
        let mismatchCount = mismatches.count
        #expect(mismatchCount == 0, Comment(rawValue: mismatches.prefix(20).joined(separator: "\n")))
    }
}
