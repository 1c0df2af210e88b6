import ArgumentParser

// Each subcommand declares its place in the CLI now and gains its options in the issue that
// implements it. Until then it accepts any arguments and fails with `NotAvailableYet`, so a
// script written against the final syntax gets a clear message instead of a parse error.

/// A subcommand whose implementation has not landed yet.
protocol PlannedCommand: AsyncParsableCommand {
    /// The arguments given, accepted unparsed.
    var arguments: [String] { get }
}

extension PlannedCommand {
    func run() async throws {
        throw NotAvailableYet(command: Self.configuration.commandName ?? "this command")
    }
}

/// The error a planned subcommand fails with (exit status 1, message on standard error).
struct NotAvailableYet: Error, CustomStringConvertible {
    let command: String

    var description: String {
        "'toolmesh \(command)' is not available yet in this build of toolmesh \(ToolMesh.version)."
    }
}

struct ProxyCommand: PlannedCommand {
    static let configuration = CommandConfiguration(
        commandName: "proxy",
        abstract: "Serve the Anthropic Messages API with programmatic tool calling on the mesh."
    )
    @Argument(parsing: .allUnrecognized) var arguments: [String] = []
}
