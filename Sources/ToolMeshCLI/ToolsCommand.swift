import ArgumentParser
import Foundation
import MeshClient
import MeshProtocol
import MeshSchema
import PTC

/// `toolmesh tools`: what the mesh offers.
struct ToolsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tools",
        abstract: "List the tools registered on a router, with their schemas and workers."
    )

    @OptionGroup var mesh: MeshOptions

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Print Python async def stubs with docstrings: what a model is shown.")
    var pythonStubs = false

    @Argument(help: "Only these tools.")
    var names: [String] = []

    func validate() throws {
        if json && pythonStubs { throw ValidationError("--json and --python-stubs are exclusive") }
    }

    func run() async throws {
        let client = try await mesh.connect()
        defer { client.close() }
        let tools: [ToolInfo]
        do {
            tools = try await client.listTools(names: names)
        } catch {
            throw CommandFailure("\(error)")
        }
        if pythonStubs {
            let stubs = PythonStubs.render(tools.map(MeshToolBackend.description))
            print(stubs.isEmpty ? "# no tools are registered" : stubs)
        } else if json {
            // Compact and in registration order: a schema's property order is the order of
            // the tool's positional arguments, which sorted keys would hide.
            print(JSONValue.array(tools.map(Self.json)).serializedText)
        } else if tools.isEmpty {
            print(names.isEmpty ? "no tools are registered" : "none of the named tools is registered")
        } else {
            print(tools.map(Self.text).joined(separator: "\n"))
        }
    }

    static func text(_ tool: ToolInfo) -> String {
        let spec = tool.spec
        var lines = ["\(spec.name)\(spec.idempotent ? "  (idempotent)" : "")"]
        if !spec.description.isEmpty {
            lines.append("    \(spec.description)")
        }
        lines.append("    input: \(spec.inputSchema.isEmpty ? #"{"type":"object"}"# : String(decoding: spec.inputSchema, as: UTF8.self))")
        if !spec.outputSchema.isEmpty {
            lines.append("    output: \(String(decoding: spec.outputSchema, as: UTF8.self))")
        }
        for worker in tool.workers {
            let state = worker.draining ? ", draining" : ""
            lines.append("    worker \(worker.workerID) (\(worker.workerName)) at \(worker.address): "
                         + "\(worker.inFlight)/\(worker.maxConcurrency) in flight\(state)")
        }
        return lines.joined(separator: "\n")
    }

    /// A tool as JSON: name, description, schemas (as registered), idempotency, workers.
    static func json(_ tool: ToolInfo) -> JSONValue {
        func schema(_ bytes: [UInt8]) -> JSONValue? {
            bytes.isEmpty ? nil : try? JSONValue(parsing: String(decoding: bytes, as: UTF8.self))
        }
        let workers: [JSONValue] = tool.workers.map { worker in
            .object(JSONObject([
                ("worker_id", .string(worker.workerID)),
                ("worker_name", .string(worker.workerName)),
                ("address", .string(worker.address)),
                ("in_flight", .number(JSONNumber(Int(worker.inFlight)))),
                ("max_concurrency", .number(JSONNumber(Int(worker.maxConcurrency)))),
                ("draining", .bool(worker.draining)),
            ]))
        }
        return .object(JSONObject([
            ("name", .string(tool.spec.name)),
            ("description", .string(tool.spec.description)),
            ("input_schema", schema(tool.spec.inputSchema) ?? .object(JSONObject([("type", .string("object"))]))),
            ("output_schema", schema(tool.spec.outputSchema) ?? .null),
            ("idempotent", .bool(tool.spec.idempotent)),
            ("workers", .array(workers)),
        ]))
    }
}
