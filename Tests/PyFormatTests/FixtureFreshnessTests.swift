import Foundation
import Testing

/// The python3 on PATH when it is CPython 3.11 or 3.12 (the versions gen_vectors.py
/// targets); nil otherwise, so the freshness check is skipped rather than wrong.
let targetPython: URL? = {
    let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
    guard let python = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        return nil
    }
    guard let version = try? run(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"]) else { return nil }
    let trimmed = version.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed == "3.11" || trimmed == "3.12" ? python : nil
}()

/// Runs a program and returns its standard output; throws if it exits non-zero.
func run(_ program: URL, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(program.path) exited \(process.terminationStatus)"])
    }
    return String(decoding: data, as: UTF8.self)
}

@Suite struct FixtureFreshnessTests {
    /// Regenerating the vectors with CPython reproduces the committed fixture byte for byte.
    @Test(.enabled(if: targetPython != nil, "needs python3 3.11 or 3.12 on PATH"))
    func fixtureMatchesGenerator() throws {
        let python = try #require(targetPython)
        let generated = try run(python, [testsDirectory.appendingPathComponent("gen_vectors.py").path])
        let committed = try String(contentsOf: vectorsURL, encoding: .utf8)
        #expect(generated.count > 1000)
        if generated != committed {
            let fresh = generated.split(separator: "\n", omittingEmptySubsequences: false)
            let stale = committed.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(fresh, stale).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(fresh.count, stale.count)
            let freshLine = line < fresh.count ? String(fresh[line].prefix(200)) : "<end>"
            let staleLine = line < stale.count ? String(stale[line].prefix(200)) : "<end>"
            Issue.record("""
                vectors.jsonl is stale (first difference at line \(line + 1)): regenerate with
                python3 Tests/PyFormatTests/gen_vectors.py > Tests/PyFormatTests/vectors.jsonl
                generated: \(freshLine)
                committed: \(staleLine)
                """)
        }
    }
}
