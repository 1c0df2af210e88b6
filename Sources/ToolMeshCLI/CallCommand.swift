import ArgumentParser
import Foundation
import MeshClient
import MeshProtocol

/// `toolmesh call`: one tool call from the terminal.
struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Call one tool with JSON arguments and print its JSON result.",
        discussion: "On failure prints the status code and message to standard error and exits with status 1."
    )

    @OptionGroup var mesh: MeshOptions

    @Option(name: .long, help: "Deadline in milliseconds (default: the tool's or the router's).")
    var timeoutMs: UInt64?

    @Flag(name: .long, help: "The call may safely run twice (allows retry on another worker).")
    var idempotent = false

    @Argument(help: "The tool's name.")
    var tool: String

    @Argument(help: "The arguments as a JSON object.")
    var arguments = "{}"

    func validate() throws {
        guard let object = try? JSONSerialization.jsonObject(with: Data(arguments.utf8)), object is [String: Any] else {
            throw ValidationError("arguments must be a JSON object, e.g. '{\"department\": \"engineering\"}'")
        }
    }

    func run() async throws {
        let client = try await mesh.connect()
        defer { client.close() }
        do {
            let output = try await client.call(tool, arguments: Array(arguments.utf8), timeoutMs: timeoutMs,
                                               idempotent: idempotent)
            print(output.result.isEmpty ? "null" : String(decoding: output.result, as: UTF8.self))
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
