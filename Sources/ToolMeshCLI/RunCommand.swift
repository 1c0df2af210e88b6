import ArgumentParser
import Foundation
import PyFrontend
import PyRuntime

/// `toolmesh run FILE`: runs a Python program in the sandboxed interpreter.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program in the sandbox.",
        discussion: """
            Prints the program's output. An uncaught exception prints a CPython-style traceback \
            on standard error and exits with status 1; a breached limit exits with status 2.
            """
    )

    @Argument(help: "The program file, or - for standard input.")
    var file: String

    @Option(help: "Maximum instructions (counted on jumps and calls).")
    var maxInstructions: Int = Limits().maxInstructions

    @Option(help: "Maximum wall-clock seconds.")
    var timeout: Double = Limits().maxWallTime

    @Option(help: "Maximum memory the program may allocate, in MiB.")
    var maxMemoryMb: Int = Limits().maxMemoryBytes / (1024 * 1024)

    @Option(help: "Maximum Python call depth.")
    var maxRecursion: Int = Limits().maxRecursionDepth

    @Option(help: "Maximum bytes of printed output.")
    var maxOutputBytes: Int = Limits().maxOutputBytes

    func run() async throws {
        let source: String
        let filename: String
        if file == "-" {
            source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            filename = "<stdin>"
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read '\(file)'")
            }
            source = String(decoding: data, as: UTF8.self)
            filename = file
        }
        var limits = Limits()
        limits.maxInstructions = maxInstructions
        limits.maxWallTime = timeout
        limits.maxMemoryBytes = maxMemoryMb * 1024 * 1024
        limits.maxRecursionDepth = maxRecursion
        limits.maxOutputBytes = maxOutputBytes
        let status = await ProgramRunner.run(source: source, filename: filename, limits: limits)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Runs a program on a thread with a large stack (deeply nested source is parsed
/// recursively), streaming its output to standard output.
enum ProgramRunner {
    static func run(source: String, filename: String, limits: Limits) async -> Int32 {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: runNow(source: source, filename: filename, limits: limits))
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    private static func runNow(source: String, filename: String, limits: Limits) -> Int32 {
        let interpreter: Interpreter
        do {
            interpreter = try Interpreter(source: source, filename: filename, limits: limits)
        } catch {
            writeStandardError(error.description)
            return 1
        }
        let output = BufferedOutput()
        interpreter.outputBuffer.onWrite = { chunk in output.write(chunk) }
        defer { output.flush() }
        switch interpreter.start() {
        case .finished:
            return 0
        case .suspended(let calls, _):
            output.flush()
            let names = Set(calls.map(\.function)).sorted().joined(separator: ", ")
            writeStandardError("toolmesh: the program called tools (\(names)) but no mesh is connected\n")
            return 1
        case .failed(let failure):
            output.flush()
            writeStandardError(failure.traceback)
            if case .limit = failure.kind { return 2 }
            return 1
        }
    }

    static func writeStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Standard output with a buffer, flushed when large and at the end of the run.
final class BufferedOutput {
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
