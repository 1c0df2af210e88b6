import Testing
@testable import PyCompiler

private func constants(_ source: String) throws -> [String] {
    try compileVerified(source).constants.map(constantRepr)
}

@Test func equalConstantsAreShared() throws {
    #expect(try constants("a = 1; b = 1; c = 'x'; d = 'x'") == ["1", "'x'", "None"])
}

@Test func floatsWithDifferentBitsStayApart() throws {
    #expect(try constants("a = 0.0; b = -0.0; c = 0.0") == ["0.0", "-0.0", "None"])
}

@Test func constantsOfDifferentTypesStayApart() throws {
    #expect(try constants("a = 1; b = 1.0; c = True; d = (1,); e = (1.0,); f = (True,)")
        == ["1", "1.0", "True", "(1,)", "(1.0,)", "(True,)", "None"])
}

@Test func canonicallyEquivalentStringsStayApart() throws {
    let code = try compileVerified("a = '\u{E9}'; b = 'e\u{301}'")
    #expect(code.constants.count == 3)
}

@Test func bigIntegersAreDecimal() throws {
    #expect(try constants("a = 0x10000000000000000; b = -9223372036854775808; c = -99999999999999999999")
        == ["18446744073709551616", "-9223372036854775808", "-99999999999999999999", "None"])
    #expect(decimalDigits("777777777777777777777777", radix: 8) == "4722366482869645213695")
    #expect(decimalDigits("1", radix: 2) == "1")
}

@Test func keywordNamesAreStringTuples() throws {
    let code = try compileVerified("f(a=1, b=2)")
    #expect(code.instructions.contains(.callKw(argc: 2, kwnames: 2)))
    #expect(constantRepr(code.constants[2]) == "('a', 'b')")
}
