import Foundation
import Testing

/// Writes a program to a temporary file and returns its path.
func temporaryProgram(_ source: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("prog-\(UUID().uuidString).py").path
    try source.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite("toolmesh run")
struct RunCommandTests {
    @Test("prints the program's output and exits 0")
    func output() async throws {
        let path = try temporaryProgram("import asyncio\nasync def f(x):\n    await asyncio.sleep(0)\n    return x * 2\nprint(asyncio.run(f(21)), f'{3.14159:.2f}')\n")
        let outcome = try await runToolmesh(["run", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "42 3.14\n")
    }

    @Test("an uncaught exception prints a CPython traceback and exits 1")
    func traceback() async throws {
        let path = try temporaryProgram("rows = [{'a': 1}]\nfor row in rows:\n    print(row['amount'])\n")
        let outcome = try await runToolmesh(["run", path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == """
        Traceback (most recent call last):
          File "\(path)", line 3, in <module>
            print(row['amount'])
                  ~~~^^^^^^^^^^
        KeyError: 'amount'

        """)
    }

    @Test("a syntax error is reported like CPython and exits 1")
    func syntaxError() async throws {
        let path = try temporaryProgram("x = = 1\n")
        let outcome = try await runToolmesh(["run", path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasSuffix("SyntaxError: invalid syntax\n"))
    }

    @Test("a breached limit exits 2 with a clear message")
    func limit() async throws {
        let path = try temporaryProgram("while True:\n    pass\n")
        let outcome = try await runToolmesh(["run", path, "--max-instructions", "100000"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("instruction limit exceeded"))
    }

    @Test("a missing file is a usage error")
    func missingFile() async throws {
        let outcome = try await runToolmesh(["run", "/nonexistent/program.py"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("cannot read '/nonexistent/program.py'"))
    }
}
