import MeshSchema
import Testing

@Suite("Numbers")
struct NumberTests {
    func number(_ text: String) throws -> JSONNumber {
        try #require(try JSONValue(parsing: text).numberValue)
    }

    @Test("the literal text is kept exactly")
    func literalKept() throws {
        for text in ["0", "-0", "1.50", "1E+2", "123456789012345678901234567890", "1e400", "-0.0e-0"] {
            #expect(try number(text).literal == text)
        }
    }

    @Test("doubleValue: correctly rounded, infinite beyond Double's range as in CPython")
    func doubleValue() throws {
        #expect(try number("0.1").doubleValue == 0.1)
        #expect(try number("1e400").doubleValue == .infinity)
        #expect(try number("-1e400").doubleValue == -.infinity)
        #expect(try number("1e-400").doubleValue == 0)
        #expect(try number("-0").doubleValue.sign == .minus)
        #expect(try number("9007199254740993").doubleValue == 9_007_199_254_740_992)
    }

    @Test("isInteger: zero fractional part, decided on the exact decimal")
    func isInteger() throws {
        let integers = ["0", "-0", "1.0", "1.000", "1e2", "1.5e1", "1e400", "-12E+3", "0.0e-5", "100e-2"]
        let fractions = ["1.5", "1e-1", "1e-400", "0.1e1000000000000000000000", "123.456e2"]
        for text in integers { #expect(try number(text).isInteger, "\(text)") }
        for text in fractions {
            let expected = text == "0.1e1000000000000000000000"
            #expect(try number(text).isInteger == expected, "\(text)")
        }
    }

    @Test("int64Value: exact when integral and in range")
    func int64Value() throws {
        #expect(try number("9223372036854775807").int64Value == .max)
        #expect(try number("-9223372036854775808").int64Value == .min)
        #expect(try number("9223372036854775808").int64Value == nil)
        #expect(try number("-9223372036854775809").int64Value == nil)
        #expect(try number("2.0").int64Value == 2)
        #expect(try number("1e3").int64Value == 1000)
        #expect(try number("-0").int64Value == 0)
        #expect(try number("1.5").int64Value == nil)
        #expect(try number("1e19").int64Value == nil)
        #expect(try number("1e400").int64Value == nil)
        #expect(try number("92233720368547758.07e2").int64Value == .max)
    }

    @Test("equality, hashing and order use the mathematical value")
    func equalityAndOrder() throws {
        #expect(try number("1") == number("1.0"))
        #expect(try number("1") == number("10e-1"))
        #expect(try number("-0") == number("0"))
        #expect(try number("1").hashValue == number("1.00").hashValue)
        #expect(try number("9007199254740993") != number("9007199254740992"))
        #expect(try number("9007199254740992") < number("9007199254740993"))
        #expect(try number("-2") < number("-1.5"))
        #expect(try number("1e400") > number("1e399"))
        #expect(try number("-1e400") < number("-1e399"))
        #expect(try number("0.001") < number("0.01"))
        #expect(try !(number("0") < number("-0")))
        #expect(Set(try ["1", "1.0", "1e0", "2"].map(number)).count == 2)
    }

    @Test("literal validation rejects what JSON rejects")
    func literalValidation() {
        for bad in ["", "-", "01", "+1", "1.", ".5", "1e", "1e+", "NaN", "Infinity", " 1", "1 ", "0x10", "1_000"] {
            #expect(JSONNumber(literal: bad) == nil, "\(bad)")
        }
        for good in ["0", "-0", "1e5", "1E-5", "0.5", "10"] {
            #expect(JSONNumber(literal: good) != nil, "\(good)")
        }
    }

    @Test("numbers from Swift values")
    func fromSwiftValues() {
        #expect(JSONNumber(42).literal == "42")
        #expect(JSONNumber(Int64.min).literal == "-9223372036854775808")
        #expect(JSONNumber(0.1)?.literal == "0.1")
        #expect(JSONNumber(Double.infinity) == nil)
        #expect(JSONNumber(Double.nan) == nil)
        #expect(JSONNumber(1e16).flatMap { JSONNumber(literal: $0.literal) } != nil)
    }

    @Test("an exponent of thousands of digits is handled")
    func hugeExponent() throws {
        let text = "1e" + String(repeating: "9", count: 5000)
        let value = try number(text)
        #expect(value.isInteger)
        #expect(value.doubleValue == .infinity)
        #expect(try number("1e-" + String(repeating: "9", count: 5000)).isInteger == false)
    }
}
