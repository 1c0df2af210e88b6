import Testing
@testable import PyCompiler

/// The line of the first instruction of `code` matching `predicate`.
private func lines(of code: CodeObject, where predicate: (Instruction) -> Bool) -> [Int32] {
    code.instructions.indices.filter { predicate(code.instructions[$0]) }.map { code.locations[$0].line }
}

private let program = """
import json
def load(text):
    data = json.loads(text)
    return data["k"]

items = [1, 2]
for item in (
        items):
    load(item)
result = (client
    .fetch(1)
    .json())
with open(p) as f:
    pass
"""

@Test func callsCarryTheLineOfTheirExpression() throws {
    let code = try compileVerified(program)
    // `load(item)` is on line 9; the loop machinery carries the iterable's line (8), not the
    // `for` line.
    #expect(lines(of: code) { $0 == .call(1) } .contains(9))
    #expect(lines(of: code) { if case .forIter = $0 { true } else { false } } == [8])
    #expect(lines(of: code) { $0 == .getIter } == [8])
    let load = try #require(codeObject(code, "load"))
    #expect(lines(of: load) { $0 == .callMethod(1) } == [3])
    #expect(lines(of: load) { $0 == .binarySubscript } == [4])
    #expect(load.firstLine == 2)
}

@Test func methodChainsPointAtTheMethodLine() throws {
    let code = try compileVerified(program)
    #expect(lines(of: code) { if case .loadMethod = $0 { true } else { false } } == [11, 12])
    #expect(lines(of: code) { $0 == .callMethod(1) } == [11])
    #expect(lines(of: code) { $0 == .callMethod(0) } == [12])
}

@Test func withExitCallsCarryTheWithLine() throws {
    let code = try compileVerified(program)
    #expect(lines(of: code) { $0 == .call(3) } == [13])
    #expect(lines(of: code) { $0 == .withExceptStart } == [13])
}

@Test func locationsSpanTheNode() throws {
    let code = try compileVerified("x = 1\nvalue = compute(a,\n    b)\n")
    let index = try #require(code.instructions.firstIndex(of: .call(2)))
    #expect(code.locations[index] == InstructionLocation(line: 2, endLine: 3, column: 8, endColumn: 6))
}

@Test func raiseInsideHandlerKeepsItsLine() throws {
    let code = try compileVerified("try:\n    a()\nexcept E:\n    b()\n    raise F()\n")
    #expect(lines(of: code) { $0 == .raise(1) } == [5])
    #expect(lines(of: code) { $0 == .checkExcMatch } == [3])
}

@Test func decoratorCallsCarryTheDecoratorLine() throws {
    let code = try compileVerified("@first\n@second(1)\ndef f():\n    pass\n")
    #expect(lines(of: code) { $0 == .call(1) } == [2, 2, 1])
}
