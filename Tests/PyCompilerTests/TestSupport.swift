import Testing
@testable import PyCompiler
import PyFrontend

/// Compiles `source` as `test.py`, recording an issue for every verifier problem.
func compileVerified(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CodeObject {
    let code = try Compiler.compile(source: source, filename: "test.py")
    let problems = BytecodeVerifier.verify(code)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
    return code
}

/// The disassembly of `source`, or `error: <message> @line:column`.
func dis(_ source: String) -> String {
    do {
        return disassemble(try compileVerified(source))
    } catch {
        return "error: \(error)"
    }
}

/// `message @line:column-endLine:endColumn` of the compile error for `source`, or "ok".
func compileError(_ source: String) -> String {
    do {
        _ = try Compiler.compile(source: source, filename: "test.py")
        return "ok"
    } catch {
        return "\(error.message) @\(error.line):\(error.column)-\(error.endLine):\(error.endColumn)"
    }
}

/// Every code object in `code`, depth first.
func allCodeObjects(_ code: CodeObject) -> [CodeObject] {
    var result = [code]
    for constant in code.constants {
        if case .code(let nested) = constant { result += allCodeObjects(nested) }
    }
    return result
}

/// The nested code object named `qualifiedName`.
func codeObject(_ code: CodeObject, _ qualifiedName: String) -> CodeObject? {
    allCodeObjects(code).first { $0.qualifiedName == qualifiedName }
}
