import Foundation
import MeshProtocol
import MeshTestSupport
import Synchronization
@testable import MeshTransport
import Testing

/// A `toolmesh router` child process on a free loopback port.
final class RouterProcess: @unchecked Sendable {
    let process = Process()
    let address: SocketAddress

    init(_ arguments: [String] = [], listen: String = "127.0.0.1:0") throws {
        process.executableURL = toolmeshBinary
        process.arguments = ["router", "--listen", listen, "--log-level", "warning", "--drain-ms", "2000"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // The first line names the bound address.
        var line: [UInt8] = []
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "listening on ") else {
            process.terminate()
            throw TransportError.invalidAddress(text, reason: "router did not report its address")
        }
        address = try SocketAddress(parsing: String(text[range.upperBound...]))
    }

    /// Sends SIGTERM and waits; returns the exit status.
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Probes of test peers, kept for the whole test run.
let retainedProbes = Mutex<[Probe]>([])

/// A connection to the router that has completed its handshake.
struct MeshPeer {
    let connection: LoopBound<Connection>
    let probe: Probe
    let loop: EventLoop

    static func connect(_ loop: EventLoop, to address: SocketAddress, kind: PeerKind, token: String = "",
                        onEnvelope: (@Sendable (Connection, Envelope) -> Void)? = nil) async throws -> MeshPeer {
        let probe = Probe(onEnvelope: onEnvelope)
        // Connections hold their delegate weakly; a test may drop the MeshPeer yet expect the
        // peer to go on answering.
        retainedProbes.withLock { $0.append(probe) }
        let connection = LoopBound(try await loop.connect(to: address) { _ in probe })
        let peer = MeshPeer(connection: connection, probe: probe, loop: loop)
        try await peer.send(.hello(Hello(peerKind: kind, token: token, peerName: "test")))
        return peer
    }

    func send(_ envelope: Envelope) async throws {
        let connection = connection
        try await onLoop(loop) { try connection.value.send(envelope) }
    }

    /// Waits for the `count`-th envelope and returns it.
    func envelope(_ index: Int, timeout: Double = 20) async -> Envelope? {
        _ = await eventually(timeout) { probe.envelopes.count > index }
        let envelopes = probe.envelopes
        return index < envelopes.count ? envelopes[index] : nil
    }

    func close() async throws {
        let connection = connection
        try await onLoop(loop) { connection.value.close(flushing: true) }
    }
}

@Suite("toolmesh router as a separate process", .serialized)
struct RouterProcessTests {
    @Test("a worker registers, a client calls it, the result comes back")
    func callThroughRouter() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }

        let worker = try await MeshPeer.connect(loop, to: router.address, kind: .worker)
        guard case .welcome? = await worker.envelope(0) else { Issue.record("no Welcome"); return }
        try await worker.send(.register(Register(workerName: "echo-service", workerID: "w-1",
                                                 tools: [ToolSpec(name: "echo")], maxConcurrency: 4)))
        #expect(await worker.envelope(1) == .registerAck(RegisterAck(code: .ok)))

        let client = try await MeshPeer.connect(loop, to: router.address, kind: .client)
        try await client.send(.call(Call(callID: 5, tool: "echo", arguments: Array(#"{"x":1}"#.utf8), deadlineMs: 5_000)))
        guard case let .call(forwarded)? = await worker.envelope(2) else { Issue.record("worker got no call"); return }
        #expect(forwarded.tool == "echo")
        #expect(forwarded.arguments == Array(#"{"x":1}"#.utf8))
        try await worker.send(.result(CallResult(callID: forwarded.callID, code: .ok, result: Array("[1]".utf8))))
        #expect(await client.envelope(1) == .result(CallResult(callID: 5, code: .ok, result: Array("[1]".utf8),
                                                                workerID: "w-1", attempts: 1)))
        #expect(router.stop() == 0)
    }

    @Test("peers without the token are refused with UNAUTHENTICATED")
    func unauthenticated() async throws {
        let router = try RouterProcess(["--token", "s3cret"])
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let intruder = try await MeshPeer.connect(loop, to: router.address, kind: .client, token: "guess")
        #expect(await intruder.envelope(0) == .protocolError(ProtocolError(code: .unauthenticated, message: "invalid token")))
        #expect(await eventually { intruder.probe.closed })
        let member = try await MeshPeer.connect(loop, to: router.address, kind: .client, token: "s3cret")
        guard case .welcome? = await member.envelope(0) else { Issue.record("no Welcome"); return }
    }

    @Test("a worker lost mid-call: the idempotent call completes on another worker")
    func failover() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }
        var workers: [MeshPeer] = []
        for index in 0..<2 {
            let worker = try await MeshPeer.connect(loop, to: router.address, kind: .worker)
            try await worker.send(.register(Register(workerName: "w", workerID: "w-\(index)",
                                                     tools: [ToolSpec(name: "lookup", idempotent: true)],
                                                     maxConcurrency: 1)))
            #expect(await worker.envelope(1) == .registerAck(RegisterAck(code: .ok)))
            workers.append(worker)
        }
        let client = try await MeshPeer.connect(loop, to: router.address, kind: .client)
        try await client.send(.call(Call(callID: 1, tool: "lookup", deadlineMs: 5_000)))
        #expect(await eventually { workers.contains { $0.probe.envelopes.count == 3 } })
        guard let first = workers.first(where: { $0.probe.envelopes.count == 3 }),
              let survivor = workers.first(where: { $0.probe.envelopes.count == 2 }) else {
            Issue.record("the call reached no worker")
            return
        }
        try await first.close()
        guard case let .call(retry)? = await survivor.envelope(2) else { Issue.record("no retry"); return }
        #expect(retry.attempt == 2)
        try await survivor.send(.result(CallResult(callID: retry.callID, code: .ok, result: Array("7".utf8))))
        guard case let .result(result)? = await client.envelope(1) else { Issue.record("no result"); return }
        #expect(result.code == .ok)
        #expect(result.attempts == 2)
    }

    @Test("a malformed frame drops that peer only; the router keeps serving the others")
    func malformedFrame() async throws {
        let router = try RouterProcess()
        defer { _ = router.stop() }
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let healthy = try await MeshPeer.connect(loop, to: router.address, kind: .client)
        guard case .welcome? = await healthy.envelope(0) else { Issue.record("no Welcome"); return }

        guard case let .tcp(_, port) = router.address else { return }
        // An oversized length prefix, and a valid prefix followed by a body that is not an Envelope.
        for (bytes, code) in [([UInt8]([0xFF, 0xFF, 0xFF, 0xFF]), StatusCode.resourceExhausted),
                              ([0, 0, 0, 5, 0x42, 0x10, 0x08, 0x01, 0x00], .invalidArgument)] {
            let broken = try Socket(port: port)
            broken.write(bytes)
            var decoder = FrameDecoder()
            decoder.append(broken.readToEnd())
            guard case let .protocolError(error)? = try decoder.next() else { Issue.record("no ProtocolError"); return }
            #expect(error.code == code)
        }

        try await healthy.send(.ping(Ping(nonce: 3)))
        #expect(await healthy.envelope(1) == .pong(Pong(nonce: 3)))
    }
}
