import ArgumentParser
import Foundation
import Logging
import MeshProtocol
import MeshRouter
import MeshTransport

/// `toolmesh router`: serves the mesh until SIGINT or SIGTERM.
struct RouterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "router",
        abstract: "Run a router that tool services register with and clients call through.",
        discussion: """
            Workers and clients connect to ADDRESS (HOST:PORT, [IPv6]:PORT or unix:PATH). When a \
            token is configured (--token, --token-file, or the TOOLMESH_TOKEN environment \
            variable, in that order), every peer must present it.
            """
    )

    @Option(name: .long, help: "Address to listen on: HOST:PORT (a host name is resolved; its first bindable address is used), [IPv6]:PORT or unix:PATH.")
    var listen = "127.0.0.1:7400"

    @Option(name: .long, help: "Shared secret peers must present.")
    var token: String?

    @Option(name: .long, help: "File whose first line is the shared secret.")
    var tokenFile: String?

    @Option(name: .long, help: "Default deadline, in milliseconds, for calls that set none.")
    var defaultDeadlineMs: UInt64 = 60_000

    @Option(name: .long, help: "Calls that may wait per tool when every worker is busy.")
    var maxQueue = 1_024

    @Option(name: .long, help: "On SIGINT/SIGTERM, how long calls in flight may take to finish, in milliseconds.")
    var drainMs: UInt64 = 5_000

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("unknown log level '\(logLevel)'")
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let address = try SocketAddress(parsing: listen)
        var configuration = RouterConfiguration(routerID: "router-\(UInt32.random(in: 0...UInt32.max))")
        configuration.token = try resolveToken()
        configuration.defaultDeadlineMs = defaultDeadlineMs
        configuration.maxQueuedCallsPerTool = maxQueue

        let loop = try EventLoop()
        let server = RouterServer(configuration: configuration, address: address, loop: loop)
        let bound: SocketAddress
        do {
            bound = try await server.start()
        } catch {
            loop.shutdown()
            throw error
        }
        let signals = try await SignalWaiter.install([SIGINT, SIGTERM])
        print("toolmesh router listening on \(bound)")
        fflush(nil)
        _ = await signals.wait()
        await server.drain(graceMs: drainMs)
        loop.shutdown()
    }

    /// The token from the options or the environment; nil when none is configured.
    private func resolveToken() throws -> String? {
        if let token { return token }
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw ValidationError("cannot read token file '\(tokenFile)'")
            }
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !line.isEmpty else { throw ValidationError("token file '\(tokenFile)' is empty") }
            return line
        }
        if let token = ProcessInfo.processInfo.environment["TOOLMESH_TOKEN"], !token.isEmpty {
            return token
        }
        return nil
    }
}
