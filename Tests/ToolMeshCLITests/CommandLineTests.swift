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

/// Runs the toolmesh binary with some environment variables removed.
func runToolmeshWithout(environment removed: [String], _ arguments: [String]) async throws
    -> (status: Int32, stdout: String, stderr: String) {
    var environment = ProcessInfo.processInfo.environment
    for name in removed { environment[name] = nil }
    return try await runToolmesh(arguments, environment: environment)
}

/// Runs the toolmesh binary without blocking the cooperative pool.
func runToolmesh(_ arguments: [String], environment: [String: String]? = nil) async throws
    -> (status: Int32, stdout: String, stderr: String) {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            let process = Process()
            process.executableURL = toolmeshBinary
            process.arguments = arguments
            if let environment { process.environment = environment }
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

/// The repository this test file belongs to.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Pids of processes whose command line contains `text` (arguments joined by spaces).
func processes(containing text: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry in
        guard let pid = Int32(entry),
              let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
        let commandLine = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
        return commandLine.contains(text) ? pid : nil
    }
}

private let subcommands = ["router", "run", "tools", "call", "proxy", "demo"]

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

    @Test("proxy refuses a bad upstream, and Bedrock without AWS credentials")
    func proxyOptions() async throws {
        let bad = try await runToolmesh(["proxy", "--upstream", "ftp://x", "--listen", "127.0.0.1:0"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--upstream must be anthropic, bedrock or an http(s) base URL"))
        let bedrock = try await runToolmeshWithout(environment: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
                                                   ["proxy", "--upstream", "bedrock", "--region", "us-east-1",
                                                    "--listen", "127.0.0.1:0"])
        #expect(bedrock.status == 1)
        #expect(bedrock.stderr.contains("the Bedrock upstream needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"))
    }

    @Test("the demo runs the travel-budget program over Swift, Python and C services and leaves nothing behind")
    func demo() async throws {
        let outcome = try await runToolmesh(["demo", "--root", repositoryRoot.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = outcome.stdout
        #expect(text.contains("4 of 8 engineers exceeded their Q3 travel budget:\n"))
        #expect(text.contains("  Chen Wei     staff   spent $ 8,650.00 of $8,000 (+8%), 53,105 km to Sydney, Tokyo\n"))
        #expect(text.contains("tool calls: 16 in "))
        for worker in ["documents-swift", "team-python", "geo-c"] {
            #expect(text.contains("  \(worker)"), "\(worker) missing")
        }
        #expect(text.contains(#/direct tool calling +4 +\d+/#))
        // No service process outlives the demo.
        let port = try #require(text.firstMatch(of: #/router on 127\.0\.0\.1:(\d+)/#)?.output.1)
        #expect(processes(containing: "--router 127.0.0.1:\(port)").isEmpty)
    }

    @Test("the demo explains what is missing when it is not set up")
    func demoNotSetUp() async throws {
        let outcome = try await runToolmesh(["demo", "--root", "/nonexistent"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("Run tools/demo from the repository"))
    }

    @Test("an unknown subcommand is a usage error")
    func unknownSubcommand() async throws {
        let outcome = try await runToolmesh(["frobnicate"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("frobnicate"))
    }
}
