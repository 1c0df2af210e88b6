import Testing
@testable import PyCompiler

private func makeCode(_ instructions: [Instruction], constants: [CodeConstant] = [.none],
                      table: [ExceptionTableEntry] = [], maxStackDepth: Int = 2) -> CodeObject {
    let location = InstructionLocation(line: 1, endLine: 1, column: 0, endColumn: 1)
    return CodeObject(
        name: "t", qualifiedName: "t", filename: "t.py", firstLine: 1, flags: .module, argumentCount: 0,
        positionalOnlyCount: 0, keywordOnlyCount: 0, instructions: instructions,
        locations: Array(repeating: location, count: instructions.count), constants: constants, names: ["x"],
        varnames: [], cellvars: [], cellParameterSlots: [], freevars: [], exceptionTable: table,
        maxStackDepth: maxStackDepth)
}

@Test func verifierAcceptsSoundCode() {
    #expect(BytecodeVerifier.verify(makeCode([.loadConst(0), .returnValue])).isEmpty)
}

@Test(arguments: [
    ([Instruction.loadConst(0), .pop], "falls off the end"),
    ([.pop, .loadConst(0), .returnValue], "needs 1 items"),
    ([.loadConst(5), .returnValue], "constant index 5 out of range"),
    ([.loadConst(0), .loadConst(0), .returnValue], "returnValue with 2 items"),
    ([.loadConst(0), .popJumpIfFalse(3), .loadConst(0), .loadConst(0), .returnValue], "disagrees"),
    ([.loadConst(0), .jump(9)], "jump target 9 out of range"),
    ([.loadConst(0), .loadConst(0), .loadConst(0), .buildTuple(3), .returnValue], "outside 0...2"),
    ([.loadName(0), .returnValue], "loadName outside a class body"),
])
func verifierReportsProblems(instructions: [Instruction], expected: String) {
    let problems = BytecodeVerifier.verify(makeCode(instructions))
    #expect(problems.contains { $0.contains(expected) }, "\(problems)")
}

@Test func verifierFollowsExceptionHandlers() {
    // The handler target starts with depth 1 (depth 0 + the exception): a `pop` there is fine,
    // two are not.
    let good = makeCode([.loadConst(0), .returnValue, .pop, .loadConst(0), .returnValue],
                        table: [ExceptionTableEntry(start: 0, end: 2, target: 2, depth: 0)])
    #expect(BytecodeVerifier.verify(good).isEmpty)
    let bad = makeCode([.loadConst(0), .returnValue, .pop, .pop, .loadConst(0), .returnValue],
                       table: [ExceptionTableEntry(start: 0, end: 2, target: 2, depth: 0)])
    #expect(BytecodeVerifier.verify(bad).contains { $0.contains("needs 1 items") })
}

@Test func verifierChecksNestedCode() throws {
    let inner = makeCode([.pop])
    let outer = makeCode([.loadConst(0), .returnValue], constants: [.code(inner)])
    #expect(BytecodeVerifier.verify(outer).contains { $0.hasPrefix("t: ") && $0.contains("needs 1 items") })
}
