import Logging
import MeshProtocol
import MeshRouter
import MeshTransport
import Testing

@Suite("RouterServer binding")
struct RouterServerTests {
    @Test("a host name is resolved before binding; the bound address is numeric")
    func listensOnAHostName() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        var logger = Logger(label: "test")
        logger.logLevel = .error
        // Built directly: parsing maps "localhost" to 127.0.0.1 without asking the resolver.
        let server = RouterServer(configuration: RouterConfiguration(routerID: "t"),
                                  address: .tcp(host: "localhost", port: 0), loop: loop, logger: logger)
        let bound = try await server.start()
        guard case let .tcp(host, port) = bound else {
            Issue.record("expected a TCP address, got \(bound)")
            return
        }
        #expect(host == "127.0.0.1" || host == "::1")
        #expect(port != 0)
        await server.drain(graceMs: 0)
    }

    @Test("an unknown host name fails with the resolver's error")
    func unknownHost() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let server = RouterServer(configuration: RouterConfiguration(routerID: "t"),
                                  address: .tcp(host: "no-such-host.invalid", port: 7400), loop: loop, logger: logger)
        await #expect(throws: TransportError.self) { try await server.start() }
    }
}
