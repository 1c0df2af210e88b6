import Testing
@testable import PyCompiler
import PyFrontend

/// The deepest programs the parser accepts must compile without exhausting the stack.
@Test(arguments: [
    { (n: Int) in "x = " + String(repeating: "[", count: n) + String(repeating: "]", count: n) },
    { (n: Int) in "x = " + String(repeating: "-", count: n) + "1" },
    { (n: Int) in "x = " + String(repeating: "f(", count: n) + String(repeating: ")", count: n) },
    { (n: Int) in "x = " + (0..<n).map { "a\($0)" }.joined(separator: " + ") },
    { (n: Int) in (0..<n).map { String(repeating: "    ", count: $0) + "if x:\n" }.joined()
        + String(repeating: "    ", count: n) + "pass\n" },
] as [@Sendable (Int) -> String])
func deeplyNestedProgramsCompile(make: @Sendable (Int) -> String) throws {
    // Find the deepest nesting the parser accepts, then compile it.
    var depth = 250
    var module: Module?
    while depth > 0 && module == nil {
        module = try? Python.parse(make(depth))
        depth -= 10
    }
    let parsed = try #require(module)
    let code = try Compiler.compile(parsed, filename: "deep.py")
    #expect(BytecodeVerifier.verify(code).isEmpty)
}
