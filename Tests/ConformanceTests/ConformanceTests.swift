import Foundation
import PyFrontend
import PyRuntime
import PyTestSupport
import Testing

// Each file in Cases/ runs under CPython (`python3 -I -S`) and under our interpreter; stdout,
// the exit status and the last line of stderr must match. Files listed in pending.txt are
// known not to match yet: they must still fail, so the list stays accurate.

let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

let caseNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".py") }.sorted()
}()

let pendingCases: Set<String> = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("pending.txt")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
}()

/// What a run produced, in the terms the comparison uses.
struct RunOutcome: Equatable, CustomStringConvertible {
    var stdout: String
    var status: Int32
    var lastErrorLine: String

    var description: String { "status \(status), last stderr line \(lastErrorLine.debugDescription)\n\(stdout)" }
}

func runUnderCPython(_ path: String) throws -> RunOutcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-I", "-S", path]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunOutcome(stdout: String(decoding: stdout, as: UTF8.self), status: process.terminationStatus,
                      lastErrorLine: lastLine(String(decoding: stderr, as: UTF8.self)))
}

func lastLine(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
}

/// Runs a program in-process, like `toolmesh run` (on the caller's thread, which
/// `runBlocking` gives a large stack).
func runUnderToolMesh(source: String, filename: String) -> RunOutcome {
    var limits = Limits()
    limits.maxWallTime = 20
    do {
        let interpreter = try Interpreter(source: source, filename: filename, limits: limits)
        switch interpreter.start() {
        case .finished:
            return RunOutcome(stdout: interpreter.output, status: 0, lastErrorLine: "")
        case .suspended:
            return RunOutcome(stdout: interpreter.output, status: 3, lastErrorLine: "suspended")
        case .failed(let failure):
            let status: Int32 = if case .limit = failure.kind { 2 } else { 1 }
            return RunOutcome(stdout: interpreter.output, status: status, lastErrorLine: lastLine(failure.traceback))
        }
    } catch {
        return RunOutcome(stdout: "", status: 1, lastErrorLine: lastLine("\(error)"))
    }
}

@Test(arguments: caseNames)
func conformance(_ name: String) async throws {
    let path = casesDirectory.appendingPathComponent(name).path
    let source = try String(contentsOfFile: path, encoding: .utf8)
    let (expected, actual) = try await runBlocking { () -> Result<(RunOutcome, RunOutcome), CocoaError> in
        do {
            return .success((try runUnderCPython(path), runUnderToolMesh(source: source, filename: path)))
        } catch {
            return .failure(CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "python3: \(error)"]))
        }
    }.get()
    if pendingCases.contains(name) {
        #expect(actual != expected, "\(name) now matches CPython: remove it from pending.txt")
    } else {
        #expect(actual == expected, "\(name)\n--- CPython:\n\(expected)\n--- toolmesh:\n\(actual)")
    }
}

@Test func casesArePresent() {
    #expect(caseNames.count >= 300)
    for name in pendingCases { #expect(caseNames.contains(name), "pending.txt names a missing case: \(name)") }
}
