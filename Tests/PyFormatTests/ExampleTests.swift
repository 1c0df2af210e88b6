import BigInt
import PyFormat
import Testing

/// Hand-picked cases from CPython's documented behaviour, readable as examples of the API.
/// The exhaustive comparison with CPython is VectorTests.
@Suite struct ExampleTests {
    @Test(arguments: [
        (1e16, "1e+16"), (1.5e-5, "1.5e-05"), (1e-5, "1e-05"), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
        (Double.nan, "nan"), (-0.0, "-0.0"), (1.0, "1.0"), (123456789012345.0, "123456789012345.0"),
        (1.2345678901234567e19, "1.2345678901234567e+19"), (0.1, "0.1"), (Double.leastNonzeroMagnitude, "5e-324"), (1e-4, "0.0001"),
        (9999999999999998.0, "9999999999999998.0"),
    ])
    func floatRepr(value: Double, expected: String) {
        #expect(FloatRepr.repr(value) == expected)
    }

    @Test(arguments: [
        (1.0, "", "1.0"), (1e16, "", "1e+16"), (1.5, ".3", "1.5"), (123.0, ".3", "1.23e+02"), (2.675, ".2f", "2.67"),
        (0.125, ".2f", "0.12"), (0.375, ".2f", "0.38"), (-0.0001, "z.2f", "0.00"), (-0.0, "z", "0.0"),
        (1234567.891, ",.2f", "1,234,567.89"), (0.5, ".0%", "50%"), (Double.nan, "+010", "+000000nan"),
        (Double.infinity, "E", "INF"), (1.0, "#.0f", "1."), (1.0, "#g", "1.00000"), (12.5, "^+9.1f", "  +12.5  "),
    ])
    func formatFloat(value: Double, spec: String, expected: String) throws {
        #expect(try PyFormat.format(value, spec: spec) == expected)
    }

    @Test func fixedFormatOfHugeValuePrintsEveryDigit() throws {
        let text = try PyFormat.format(1e300, spec: "f")
        #expect(text == ("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"))
        #expect(text.count == 308)
    }

    @Test(arguments: [
        (1234, "010,", "00,001,234"), (1234, "09,", "0,001,234"), (-1234, "010_", "-0_001_234"), (255, "#x", "0xff"),
        (255, "#X", "0XFF"), (-255, "#010b", "-0b11111111"), (65535, "_x", "ffff"), (65535, "#_b", "0b1111_1111_1111_1111"),
        (42, "+", "+42"), (42, " ", " 42"), (42, "*^8", "***42***"), (97, "c", "a"), (97, "=5c", "    a"),
        (1234, "n", "1234"), (7, "e", "7.000000e+00"), (1, "%", "100.000000%"), (123456789, ",", "123,456,789"),
    ])
    func formatInt(value: Int, spec: String, expected: String) throws {
        #expect(try PyFormat.format(value, spec: spec) == expected)
        #expect(try PyFormat.format(BigInt(value), spec: spec) == expected)
    }

    @Test(arguments: [
        ("abc", "", "abc"), ("abc", "5", "abc  "), ("abc", ">5", "  abc"), ("abc", "^6", " abc  "), ("abc", ".2", "ab"),
        ("日本語", "x^7.2", "xx日本xxx"), ("é", "😀>3", "😀😀é"), ("ab", "05", "ab000"),
    ])
    func formatString(value: String, spec: String, expected: String) throws {
        #expect(try PyFormat.format(value, spec: spec) == expected)
    }

    /// Formats `value` with `spec` and returns the error it throws.
    func formatError(_ body: () throws -> String) -> PyFormatError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? PyFormatError
        }
    }

    @Test func formatErrors() {
        #expect(formatError { try PyFormat.format(1, spec: "1.2.3") }
            == PyFormatError(.valueError, "Invalid format specifier '1.2.3' for object of type 'int'"))
        #expect(formatError { try PyFormat.format(1.5, spec: "x") }
            == PyFormatError(.valueError, "Unknown format code 'x' for object of type 'float'"))
        #expect(formatError { try PyFormat.format("a", spec: ",") } == PyFormatError(.valueError, "Cannot specify ',' with 's'."))
        #expect(formatError { try PyFormat.format("a", spec: "+") }
            == PyFormatError(.valueError, "Sign not allowed in string format specifier"))
        #expect(formatError { try PyFormat.format("a", spec: "#") }
            == PyFormatError(.valueError, "Alternate form (#) not allowed in string format specifier"))
        #expect(formatError { try PyFormat.format("a", spec: "=5") }
            == PyFormatError(.valueError, "'=' alignment not allowed in string format specifier"))
        #expect(formatError { try PyFormat.format(1, spec: ".2") }
            == PyFormatError(.valueError, "Precision not allowed in integer format specifier"))
        #expect(formatError { try PyFormat.format(1.5, spec: ".99999999999999999999f") }
            == PyFormatError(.valueError, "Too many decimal digits in format string"))
        #expect(formatError { try PyFormat.format(1.5, spec: "10.f") }
            == PyFormatError(.valueError, "Format specifier missing precision"))
        #expect(formatError { try PyFormat.format(1.5, spec: ".2147483648f") } == PyFormatError(.valueError, "precision too big"))
        #expect(formatError { try PyFormat.format(BigInt(1) << 2000, spec: "e") }
            == PyFormatError(.overflowError, "int too large to convert to float"))
        #expect(formatError { try PyFormat.format(0x110000, spec: "c") }
            == PyFormatError(.overflowError, "%c arg not in range(0x110000)"))
    }

    /// Results too long to build are a MemoryError, never a trap; a lone surrogate is refused.
    @Test func resourceLimitsThrow() throws {
        #expect(formatError { try PyFormat.format(1, spec: "999999999999999999") }?.kind == .memoryError)
        #expect(formatError { try PyFormat.format(1, spec: "0999999999999999999,") }?.kind == .memoryError)
        #expect(formatError { try PyFormat.format("a", spec: "999999999999999999") }?.kind == .memoryError)
        #expect(formatError { try PyFormat.format(1.5, spec: ".2147483647f") }?.kind == .memoryError)
        #expect(try PyFormat.format(0.1, spec: ".2147483647g") == "0.1000000000000000055511151231257827021181583404541015625")
        #expect(formatError { try PyFormat.percent("%999999999999999999d", TestValue.int(1)) }?.kind == .memoryError)
        #expect(formatError { try PyFormat.format(0xD800, spec: "c") }?.kind == .valueError)
    }

    @Test func floatReprFormat() throws {
        #expect(try FloatRepr.format(2.5, code: "e", precision: 3) == "2.500e+00")
        #expect(try FloatRepr.format(-0.0001, code: "f", precision: 2, noNegativeZero: true) == "0.00")
        #expect(try FloatRepr.format(1e16, code: "G", precision: 3, alwaysSign: true) == "+1E+16")
        #expect(try FloatRepr.format(12.0, code: "g", precision: 5, alternate: true) == "12.000")
        #expect(try FloatRepr.format(1.5, code: "f", precision: -3) == "2")
        #expect(formatError { try FloatRepr.format(1.5, code: "f", precision: Int.max) }?.kind == .memoryError)
        #expect(try FloatRepr.format(1.5, code: "g", precision: Int.max) == "1.5")
    }

    @Test func percentExamples() throws {
        #expect(try PyFormat.percent("%d", TestValue.float(3.7)) == "3")
        #expect(try PyFormat.percent("%5.1f|%-4s|%#x", TestValue.tuple([.float(2.25), .str("ab"), .int(255)])) == "  2.2|ab  |0xff")
        #expect(try PyFormat.percent("%(a)s-%(b)r", TestValue.dict([("a", .int(1)), ("b", .str("x"))])) == "1-'x'")
        #expect(try PyFormat.percent("%*.*f", TestValue.tuple([.int(8), .int(2), .float(3.14159)])) == "    3.14")
        #expect(try PyFormat.percent("100%%", TestValue.tuple([])) == "100%")
    }

    @Test(arguments: [
        ("%s %s", TestValue.tuple([.int(1)]), "not enough arguments for format string"),
        ("%s", TestValue.tuple([.int(1), .int(2)]), "not all arguments converted during string formatting"),
        ("%d", TestValue.str("a"), "%d format: a real number is required, not str"),
        ("%x", TestValue.float(1.5), "%x format: an integer is required, not float"),
        ("abcy%y", TestValue.int(1), "unsupported format character 'y' (0x79) at index 5"),
        ("%", TestValue.tuple([]), "incomplete format"),
        ("%(a)s", TestValue.tuple([.int(1)]), "format requires a mapping"),
        ("%*d", TestValue.tuple([.float(1), .int(1)]), "* wants int"),
    ])
    func percentErrors(format: String, args: TestValue, message: String) {
        #expect(formatError { try PyFormat.percent(format, args) }?.message == message)
    }

    @Test func integerText() throws {
        #expect(try PyInt.parse(" -0x_1f ", base: 0) == -31)
        #expect(try PyInt.parse("1_000") == 1000)
        #expect(try PyInt.parse("١٢٣") == 123)
        #expect(formatError { String(try PyInt.parse("abc")) }
            == PyFormatError(.valueError, "invalid literal for int() with base 10: 'abc'"))
        #expect(formatError { try PyInt.decimalString(BigInt(10).power(4300)) }
            == PyFormatError(.valueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))
        #expect(try PyInt.decimalString(BigInt(10).power(4300), maxDigits: 0).count == 4301)
        #expect(try PyInt.string(-255, radix: 16) == "-0xff")
    }

    @Test func floatText() throws {
        #expect(try PyFloat.parse(" -Infinity ") == -.infinity)
        #expect(try PyFloat.parse("1_0.2_5") == 10.25)
        #expect(try PyFloat.parse("nan").isNaN)
        #expect(formatError { String(try PyFloat.parse("x")) }
            == PyFormatError(.valueError, "could not convert string to float: 'x'"))
    }

    @Test func rounding() throws {
        #expect(try PyFloat.round(2.675, digits: 2) == 2.67)
        #expect(try PyFloat.round(0.5) == 0)
        #expect(try PyFloat.round(1.5) == 2)
        #expect(try PyFloat.round(2.5) == 2)
        let negativeZero = try PyFloat.round(-0.5, digits: 0)
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
        #expect(try PyFloat.round(1250.0, digits: -2) == 1200)
        #expect(PyFloat.round(BigInt(1250), digits: -2) == 1200)
        #expect(PyFloat.round(BigInt(-1350), digits: -2) == -1400)
    }
}
