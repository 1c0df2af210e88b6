import ArgumentParser
import Dispatch
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

    @Option(name: .long, help: "Address to listen on.")
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
        print("toolmesh router listening on \(bound)")
        fflush(nil)
        await waitForTerminationSignal()
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

/// Returns when the process receives SIGINT or SIGTERM.
func waitForTerminationSignal() async {
    let signals = [SIGINT, SIGTERM]
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let resumed = SignalLatch()
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if resumed.fire() {
                    continuation.resume()
                }
            }
            source.resume()
            SignalLatch.keepAlive(source)
        }
    }
}

/// Lets only the first signal resume the waiting task, and keeps the signal sources alive.
final class SignalLatch: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let sourcesLock = NSLock()

    /// True for the first caller only.
    func fire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { fired = true }
        return !fired
    }

    static func keepAlive(_ source: any DispatchSourceSignal) {
        sourcesLock.lock()
        defer { sourcesLock.unlock() }
        sources.append(source)
    }
}
