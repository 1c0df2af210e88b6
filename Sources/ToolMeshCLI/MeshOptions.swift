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

    /// Connects, turning failures into a one-line error for the terminal.
    func connect() async throws -> MeshClient {
        let address = try SocketAddress(parsing: router)
        let token = token ?? ProcessInfo.processInfo.environment["TOOLMESH_TOKEN"] ?? ""
        do {
            return try await MeshClient.connect(MeshClient.Options(address: address, token: token, name: "toolmesh-cli"))
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
