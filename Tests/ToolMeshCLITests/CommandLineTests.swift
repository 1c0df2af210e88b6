import Foundation
import Testing

/// The built `toolmesh` binary, next to the test bundle in the build products directory.
let toolmeshBinary: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Linux the test runner is `.build/<config>/ToolMeshPackageTests.xctest`.
    if directory.lastPathComponent.hasSuffix(".xctest") {
        directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("toolmesh")
}()

/// Runs the toolmesh binary without blocking the cooperative pool.
func runToolmesh(_ arguments: [String]) async throws -> (status: Int32, stdout: String, stderr: String) {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            let process = Process()
            process.executableURL = toolmeshBinary
            process.arguments = arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
                return
            }
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            continuation.resume(returning: (process.terminationStatus, stdout, stderr))
        }
    }
}

private let subcommands = ["router", "run", "tools", "call", "proxy", "demo"]
private let plannedSubcommands = ["proxy"]

@Suite("The toolmesh command")
struct CommandLineTests {
    @Test("--help lists the six subcommands")
    func help() async throws {
        let outcome = try await runToolmesh(["--help"])
        #expect(outcome.status == 0)
        let listed = outcome.stdout.split(separator: "\n")
            .compactMap { $0.split(separator: " ", omittingEmptySubsequences: true).first }
            .map(String.init)
        for command in subcommands {
            #expect(listed.contains(command), "\(command) missing from --help")
        }
    }

    @Test("--version names the protocol and the C libraries")
    func version() async throws {
        let outcome = try await runToolmesh(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("toolmesh 0."))
        #expect(outcome.stdout.contains("protocol 1"))
        #expect(outcome.stdout.contains("libuv 1."))
        #expect(outcome.stdout.contains("protobuf-c 1."))
    }

    @Test("a subcommand not built yet says so and fails", arguments: plannedSubcommands)
    func notAvailableYet(command: String) async throws {
        let outcome = try await runToolmesh([command, "--some-future-option", "value"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("'toolmesh \(command)' is not available yet"))
    }

    @Test("the demo runs the mesh end to end and shows the calls spread over three workers")
    func demo() async throws {
        let outcome = try await runToolmesh(["demo", "--calls", "9", "--tool-ms", "20"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("3 example workers registered: add, echo, fail, sleep_ms") == true)
        // 3 each when all 9 are issued before the first finishes; every worker takes part in any case.
        #expect(lines.contains { line in
            line.contains("all at once") && ["example-1:", "example-2:", "example-3:"].allSatisfy(line.contains)
        })
        #expect(lines.last == "a bad call is refused before any worker runs it: INVALID_ARGUMENT: /a: expected number, got string")
    }

    @Test("an unknown subcommand is a usage error")
    func unknownSubcommand() async throws {
        let outcome = try await runToolmesh(["frobnicate"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("frobnicate"))
    }
}
