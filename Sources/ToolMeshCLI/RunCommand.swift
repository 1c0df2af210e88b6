import ArgumentParser
import Foundation
import MeshClient
import PTC
import PyRuntime

/// `toolmesh run FILE`: runs a Python program in the sandboxed interpreter, its tool calls
/// going to the mesh.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program in the sandbox.",
        discussion: """
            With --router, every tool registered on the mesh is an async function of the \
            program (`await tool(...)`), and concurrent calls run on the mesh at the same time. \
            A failed call raises ToolError (with .code, .message and .tool).

            Prints the program's output. An uncaught exception prints a CPython-style traceback \
            on standard error and exits with status 1; a breached limit exits with status 2; a \
            router that cannot be reached exits with status 3.
            """
    )

    @Argument(help: "The program file, or - for standard input.")
    var file: String

    @Option(help: "Router address (HOST:PORT, [IPv6]:PORT or unix:PATH); its tools become functions of the program.")
    var router: String?

    @Option(help: "Shared secret for the router (default: $TOOLMESH_TOKEN).")
    var token: String?

    @Option(help: "Maximum tool calls in flight at once.")
    var maxConcurrentCalls: Int = ProgramRunner.Options().maxConcurrentCalls

    @Option(help: "Deadline of each tool call, in seconds.")
    var callTimeout: Double = 30

    @Flag(help: "After the output, print a timeline of every tool call on standard error.")
    var trace = false

    @Flag(help: "Print a JSON run record (stdout, error, calls, timings) instead of the output.")
    var json = false

    @Option(help: "Maximum instructions (counted on jumps and calls).")
    var maxInstructions: Int = Limits().maxInstructions

    @Option(help: "Maximum wall-clock seconds, waiting on tools included.")
    var timeout: Double = Limits().maxWallTime

    @Option(help: "Maximum memory the program may allocate, in MiB.")
    var maxMemoryMb: Int = Limits().maxMemoryBytes / (1024 * 1024)

    @Option(help: "Maximum Python call depth.")
    var maxRecursion: Int = Limits().maxRecursionDepth

    @Option(help: "Maximum bytes of printed output.")
    var maxOutputBytes: Int = Limits().maxOutputBytes

    @Option(help: "Maximum tool calls in the whole run.")
    var maxToolCalls: Int = Limits().maxExternalCalls

    func validate() throws {
        guard maxConcurrentCalls >= 1 else { throw ValidationError("--max-concurrent-calls must be at least 1") }
        guard callTimeout > 0 else { throw ValidationError("--call-timeout must be positive") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard (1...(1 << 30)).contains(maxMemoryMb) else { throw ValidationError("--max-memory-mb must be between 1 and 1073741824") }
        guard maxInstructions >= 1, maxRecursion >= 1, maxOutputBytes >= 0, maxToolCalls >= 0 else {
            throw ValidationError("limits must be positive")
        }
    }

    func run() async throws {
        let (source, filename) = try readProgram()
        var options = ProgramRunner.Options()
        options.filename = filename
        options.limits.maxInstructions = maxInstructions
        options.limits.maxWallTime = timeout
        options.limits.maxMemoryBytes = maxMemoryMb * 1024 * 1024
        options.limits.maxRecursionDepth = maxRecursion
        options.limits.maxOutputBytes = maxOutputBytes
        options.limits.maxExternalCalls = maxToolCalls
        options.maxConcurrentCalls = maxConcurrentCalls
        options.callTimeout = callTimeout

        let output = json ? nil : StandardOutput()
        var onOutput: (@Sendable (String) -> Void)?
        if let output { onOutput = { text in output.write(text) } }
        var client: MeshClient?
        if let router { client = try await MeshOptions.connect(router: router, token: token) }
        defer { client?.close() }
        // Without a router the program has no tools: calling one is a NameError.
        let backend: any ToolBackend = if let client { MeshToolBackend(client: client) } else { try LocalToolBackend([]) }
        let record = await ProgramRunner.run(source: source, backend: backend, options: options, onOutput: onOutput)
        output?.flush()
        if json {
            print(record.json.serializedText)
        } else {
            writeStandardError(record.errorText)
            if trace { writeStandardError(CallTimeline.render(record)) }
        }
        if record.exitStatus != 0 { throw ExitCode(record.exitStatus) }
    }

    private func readProgram() throws -> (source: String, filename: String) {
        if file == "-" {
            return (String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self), "<stdin>")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read '\(file)'")
        }
        return (String(decoding: data, as: UTF8.self), file)
    }
}

func writeStandardError(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardError.write(Data(text.utf8))
}

/// Standard output with a buffer, flushed when large and at the end of the run.
///
/// Written only from the interpreter's thread while the program runs, and flushed after the
/// run has ended, so it needs no lock.
final class StandardOutput: @unchecked Sendable {
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
