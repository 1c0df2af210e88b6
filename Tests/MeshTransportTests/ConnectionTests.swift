import MeshProtocol
@testable import MeshTransport
import MeshTestSupport
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Connections over loopback")
struct ConnectionTests {
    static let addresses: [String] = ["127.0.0.1:0", "[::1]:0", "unix"]

    func address(_ form: String) throws -> SocketAddress {
        if form == "unix" {
            let path = "/tmp/toolmesh-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
            return .unix(path: path)
        }
        return try SocketAddress(parsing: form)
    }

    @Test("a ping gets its pong", arguments: addresses)
    func pingPong(form: String) async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let address = try address(form)
        defer { if case let .unix(path) = address { unlink(path) } }
        let server = try await TestServer(loop: loop, address: address, onEnvelope: echo)
        let client = Probe()
        let connection = LoopBound(try await loop.connect(to: server.address) { _ in client })
        try await onLoop(loop) { try connection.value.send(.ping(Ping(nonce: 7))) }
        #expect(await eventually { client.envelopes == [.pong(Pong(nonce: 7))] })
    }

    @Test("10 000 pipelined calls come back complete and in order")
    func pipelined() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0), onEnvelope: echo)
        let client = Probe()
        let connection = LoopBound(try await loop.connect(to: server.address) { _ in client })
        try await onLoop(loop) {
            for id in 1...10_000 {
                try connection.value.send(.call(Call(callID: UInt64(id), tool: "echo", arguments: Array("\(id)".utf8))))
            }
        }
        #expect(await eventually(10) { client.envelopes.count == 10_000 })
        let ids = client.envelopes.compactMap { envelope -> UInt64? in
            if case let .result(result) = envelope, result.result == Array("\(result.callID)".utf8) { return result.callID }
            return nil
        }
        #expect(ids == (1...10_000).map(UInt64.init))
    }

    @Test("an 8 MiB frame crosses intact in both directions")
    func largeFrame() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0), onEnvelope: echo)
        let client = Probe()
        let connection = LoopBound(try await loop.connect(to: server.address) { _ in client })
        let payload = (0..<(8 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try await onLoop(loop) { try connection.value.send(.call(Call(callID: 1, tool: "echo", arguments: payload))) }
        #expect(await eventually(10) { client.envelopes.count == 1 })
        #expect(client.envelopes.first == .result(CallResult(callID: 1, code: .ok, result: payload)))
    }

    @Test("connecting to a closed port fails with ECONNREFUSED")
    func connectionRefused() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        // Bind and close a listener to find a port nobody listens on.
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0))
        let address = server.address
        try await onLoop(loop) { server.listener.close() }
        await #expect {
            _ = try await loop.connect(to: address) { _ in Probe() }
        } throws: { error in
            guard case let .system(_, _, name, _) = error as? TransportError else { return false }
            return name == "ECONNREFUSED"
        }
    }

    @Test("a peer sending garbage gets a ProtocolError and is disconnected")
    func garbageFromPeer() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0), onEnvelope: echo)
        let socket = try Socket(to: server.address)
        #expect(socket.write([0xFF, 0xFF, 0xFF, 0xFF]) == 4)
        let reply = socket.readToEnd()  // returns when the server closes
        var decoder = FrameDecoder()
        decoder.append(reply)
        let expected = FrameError.frameTooLarge(length: 4_294_967_295, limit: 16 << 20)
        #expect(try decoder.next() == .protocolError(ProtocolError(code: .resourceExhausted, message: expected.description)))
        #expect(await eventually { server.probes.first?.closeError == .frame(expected) })
    }

    @Test("a peer that never reads is cut off at the outbound limit, not buffered without bound")
    func slowConsumer() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let limits = ConnectionLimits(frames: FrameLimits(maxFrameBytes: 1 << 20), maxOutboundBytes: 4 << 20)
        let big = [UInt8](repeating: 0x61, count: 512 << 10)
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0), limits: limits) {
            connection, envelope in
            // Answer every ping with half a megabyte.
            if case .ping = envelope {
                for id in 0..<64 { try? connection.send(.result(CallResult(callID: UInt64(id + 1), code: .ok, result: big))) }
            }
        }
        let socket = try Socket(to: server.address)
        defer { socket.close() }
        let ping = try FrameEncoder().encode(.ping(Ping(nonce: 1)))
        #expect(socket.write(ping) == ping.count)
        #expect(await eventually(30) { server.probes.first?.closed == true })
        #expect(server.probes.first?.closeError == .outboundLimitExceeded(limit: 4 << 20))
    }

    @Test("a peer closing mid-frame is reported as truncated")
    func truncatedByPeer() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0))
        let socket = try Socket(to: server.address)
        #expect(socket.write([0, 0, 0, 4, 0x42, 0x02]) == 6)
        socket.close()
        #expect(await eventually { server.probes.first?.closed == true })
        #expect(server.probes.first?.closeError == .frame(.truncated(buffered: 6, expected: 8)))
    }

    @Test("close(flushing:) delivers queued frames before closing; the peer sees a clean end")
    func gracefulClose() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0)) { connection, envelope in
            if case .ping = envelope {
                for nonce in 1...100 { try? connection.send(.pong(Pong(nonce: UInt64(nonce)))) }
                connection.close(flushing: true)
            }
        }
        let client = Probe()
        let connection = LoopBound(try await loop.connect(to: server.address) { _ in client })
        try await onLoop(loop) { try connection.value.send(.ping(Ping(nonce: 0))) }
        #expect(await eventually { client.closed })
        #expect(client.envelopes == (1...100).map { .pong(Pong(nonce: UInt64($0))) })
        #expect(client.closeError == nil)
    }
}

@Suite("Socket addresses")
struct SocketAddressTests {
    @Test("text forms parse and print back", arguments: [
        ("127.0.0.1:7400", SocketAddress.tcp(host: "127.0.0.1", port: 7400), "127.0.0.1:7400"),
        ("[::1]:80", .tcp(host: "::1", port: 80), "[::1]:80"),
        ("localhost:0", .tcp(host: "127.0.0.1", port: 0), "127.0.0.1:0"),
        ("unix:/run/tm.sock", .unix(path: "/run/tm.sock"), "unix:/run/tm.sock"),
    ])
    func parse(text: String, address: SocketAddress, printed: String) throws {
        #expect(try SocketAddress(parsing: text) == address)
        #expect(address.description == printed)
    }

    @Test("bad forms are refused with a reason", arguments: ["7400", "host:", "h:70000", "::1:80", ":80", "unix:"])
    func invalid(text: String) {
        #expect(throws: TransportError.self) { try SocketAddress(parsing: text) }
    }
}

@Suite("Host names")
struct HostNameTests {
    @Test("a host name is resolved; every address it resolves to is tried")
    func resolvesLocalhost() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        let server = try await TestServer(loop: loop, address: .tcp(host: "127.0.0.1", port: 0), onEnvelope: echo)
        guard case let .tcp(_, port) = server.address else { return }
        let client = Probe()
        // "localhost" built directly (parsing maps it to 127.0.0.1); it may resolve to ::1 first.
        let connection = LoopBound(try await loop.connect(to: .tcp(host: "localhost", port: port)) { _ in client })
        #expect(connection.value.remoteAddress == "localhost:\(port)")
        try await onLoop(loop) { try connection.value.send(.ping(Ping(nonce: 3))) }
        #expect(await eventually { client.envelopes == [.pong(Pong(nonce: 3))] })
    }

    @Test("an unknown host name fails with the resolver's error")
    func unknownHost() async throws {
        let loop = try EventLoop()
        defer { loop.shutdown() }
        await #expect {
            _ = try await loop.connect(to: .tcp(host: "no-such-host.invalid", port: 7400)) { _ in Probe() }
        } throws: { error in
            guard case let .system(operation, _, _, _) = error as? TransportError else { return false }
            return operation == "resolve no-such-host.invalid"
        }
    }
}
