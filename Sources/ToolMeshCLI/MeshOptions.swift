import ArgumentParser
import Foundation
import MeshClient
import MeshTransport

/// Options shared by the commands that talk to a router as a client.
struct MeshOptions: ParsableArguments {
    @Option(name: .long, help: "Router address (HOST:PORT, [IPv6]:PORT or unix:PATH).")
    var router = "127.0.0.1:7400"

    @Option(name: .long, help: "Shared secret for the router (default: $TOOLMESH_TOKEN).")
    var token: String?

    /// The router's parsed address.
    func address() throws -> SocketAddress {
        try SocketAddress(parsing: router)
    }

    /// `--token`, else `$TOOLMESH_TOKEN`, else none ("").
    var resolvedToken: String {
        token ?? ProcessInfo.processInfo.environment["TOOLMESH_TOKEN"] ?? ""
    }

    /// Connects, turning failures into a one-line error for the terminal.
    func connect() async throws -> MeshClient {
        try await Self.connect(router: router, token: token)
    }

    /// Connects to `router` with `token`, else `$TOOLMESH_TOKEN`, else none; failures become
    /// a one-line error for the terminal.
    static func connect(router: String, token: String?) async throws -> MeshClient {
        let token = token ?? ProcessInfo.processInfo.environment["TOOLMESH_TOKEN"] ?? ""
        let options = MeshClient.Options(address: try SocketAddress(parsing: router), token: token, name: "toolmesh-cli")
        do {
            return try await MeshClient.connect(options)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

/// A failure already explained in one line; printed as `Error: …` with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
