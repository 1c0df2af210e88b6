import ArgumentParser
import ExampleDocuments
import Foundation
import MeshProtocol
import MeshTransport
import MeshWorker

/// `toolmesh worker --example`: a tool service with a few general-purpose tools, for trying
/// the mesh out and for tests.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run a built-in example tool service: basic (echo, add, sleep_ms, fail) or documents.",
        discussion: "Registers with the router, serves until SIGINT or SIGTERM, then drains."
    )

    @OptionGroup var mesh: MeshOptions

    @Flag(name: .long, help: "Serve built-in example tools (the only kind of worker built in).")
    var example = false

    @Option(name: .long, help: "Which example service: basic (echo, add, sleep_ms, fail) or documents (search_documents, get_document).")
    var service: ExampleService = .basic

    @Option(name: .long, help: "Worker identity, stable across reconnects (default: random).")
    var id: String?

    @Option(name: .long, help: "Calls served at once.")
    var maxConcurrency: UInt32 = 64

    func validate() throws {
        guard example else {
            throw ValidationError("only the built-in example worker exists; pass --example")
        }
    }

    func run() async throws {
        let address = try mesh.address()
        let worker = try MeshWorker(
            options: MeshWorker.Options(address: address, workerName: service.rawValue, workerID: id,
                                        token: mesh.resolvedToken, maxConcurrency: maxConcurrency),
            tools: service.tools
        )
        let signals = try await SignalWaiter.install([SIGINT, SIGTERM])
        let drainOnSignal = Task {
            _ = await signals.wait()
            worker.drain(graceMs: 5_000)
        }
        print("toolmesh worker serving \(service.tools.map(\.spec.name).joined(separator: ", ")) via \(address)")
        fflush(nil)
        await worker.run()
        drainOnSignal.cancel()
    }
}

/// The built-in example services.
enum ExampleService: String, ExpressibleByArgument, CaseIterable {
    case basic
    case documents

    var tools: [MeshWorker.Tool] {
        switch self {
        case .basic: ExampleTools.all
        case .documents: DocumentsService.tools
        }
    }
}

/// The basic example tools and their schemas.
enum ExampleTools {
    static let all: [MeshWorker.Tool] = [echo, add, sleep, fail]

    static let echo = MeshWorker.Tool(ToolSpec(
        name: "echo",
        description: "Returns its arguments unchanged.",
        inputSchema: schema(#"{"type":"object"}"#),
        idempotent: true
    )) { call in call.arguments }

    static let add = MeshWorker.Tool(ToolSpec(
        name: "add",
        description: "Adds two numbers.",
        inputSchema: schema(#"{"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"}},"required":["a","b"]}"#),
        outputSchema: schema(#"{"type":"number"}"#),
        idempotent: true
    )) { call in
        let arguments = try object(call.arguments)
        let sum = try number(arguments, "a") + number(arguments, "b")
        return Array((sum.rounded() == sum && abs(sum) < 1e15 ? "\(Int64(sum))" : "\(sum)").utf8)
    }

    static let sleep = MeshWorker.Tool(ToolSpec(
        name: "sleep_ms",
        description: "Waits the given number of milliseconds, then returns it.",
        // Not declared idempotent, so it shows both failover paths: callers may mark a call
        // idempotent themselves.
        inputSchema: schema(#"{"type":"object","properties":{"ms":{"type":"integer","minimum":0}},"required":["ms"]}"#)
    )) { call in
        let milliseconds = try number(try object(call.arguments), "ms")
        guard milliseconds >= 0, milliseconds <= 3_600_000 else {
            throw MeshError(code: .invalidArgument, message: "/ms: must be between 0 and 3600000")
        }
        try await Task.sleep(for: .milliseconds(Int(milliseconds)))
        return Array(#"{"slept_ms":\#(Int(milliseconds))}"#.utf8)
    }

    static let fail = MeshWorker.Tool(ToolSpec(
        name: "fail",
        description: "Always fails with the given message (for trying out error handling).",
        inputSchema: schema(#"{"type":"object","properties":{"message":{"type":"string"}}}"#)
    )) { call in
        let message = try object(call.arguments)["message"] as? String ?? "failed on purpose"
        throw MeshError(code: .failedPrecondition, message: message)
    }

    private static func schema(_ text: String) -> [UInt8] { Array(text.utf8) }

    private static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw MeshError(code: .invalidArgument, message: "arguments must be a JSON object")
        }
        return value
    }

    private static func number(_ arguments: [String: Any], _ key: String) throws -> Double {
        // JSON booleans arrive as a boolean subclass of NSNumber; they are not numbers here.
        guard let value = arguments[key] as? NSNumber, !String(describing: type(of: value)).contains("Boolean") else {
            throw MeshError(code: .invalidArgument, message: "/\(key): expected a number")
        }
        return value.doubleValue
    }
}
