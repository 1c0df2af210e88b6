import Foundation
import Testing

@Suite("Generated code is up to date")
struct GeneratedCodeTests {
    @Test("committed generated files match their sources", arguments: ["tools/gen-proto", "tools/gen-golden"])
    func generatedFilesAreFresh(script: String) throws {
        let process = Process()
        process.executableURL = repositoryRoot.appendingPathComponent(script)
        process.arguments = ["--check"]
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script) --check: \(message)")
    }
}
