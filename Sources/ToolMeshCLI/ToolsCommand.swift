import ArgumentParser
import Foundation
import MeshClient
import MeshProtocol
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
            let data = try JSONSerialization.data(withJSONObject: tools.map(Self.jsonObject),
                                                  options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
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

    static func jsonObject(_ tool: ToolInfo) -> [String: Any] {
        func schema(_ bytes: [UInt8]) -> Any {
            (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) ?? NSNull()
        }
        return [
            "name": tool.spec.name,
            "description": tool.spec.description,
            "input_schema": tool.spec.inputSchema.isEmpty ? ["type": "object"] : schema(tool.spec.inputSchema),
            "output_schema": tool.spec.outputSchema.isEmpty ? NSNull() : schema(tool.spec.outputSchema),
            "idempotent": tool.spec.idempotent,
            "workers": tool.workers.map { worker -> [String: Any] in
                [
                    "worker_id": worker.workerID,
                    "worker_name": worker.workerName,
                    "address": worker.address,
                    "in_flight": worker.inFlight,
                    "max_concurrency": worker.maxConcurrency,
                    "draining": worker.draining,
                ]
            },
        ]
    }
}
