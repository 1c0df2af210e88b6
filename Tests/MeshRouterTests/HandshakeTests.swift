import MeshProtocol
@testable import MeshRouter
import Testing

@Suite("Router handshake")
struct HandshakeTests {
    @Test("a client is welcomed with the router's parameters")
    func welcome() {
        let harness = RouterHarness()
        let peer = harness.open()
        let actions = harness.deliver(.hello(Hello(peerKind: .client)), from: peer)
        #expect(actions == [.send(.welcome(Welcome(routerID: "router-test", heartbeatIntervalMs: 5_000,
                                                  heartbeatTimeoutMs: 15_000, maxFrameBytes: 16 << 20)), to: peer)])
    }

    @Test("bad handshakes are refused with the documented code", arguments: [
        (Hello(peerKind: .client, token: "wrong"), StatusCode.unauthenticated, "invalid token"),
        (Hello(peerKind: .worker), .unauthenticated, "missing token"),
        (Hello(peerKind: .worker, token: "secret-toke"), .unauthenticated, "invalid token"),
        (Hello(protocolVersion: 2, peerKind: .client, token: "secret-token"), .failedPrecondition,
         "protocol version 2 is not supported; this router speaks 1"),
        (Hello(peerKind: .unspecified, token: "secret-token"), .invalidArgument,
         "Hello.peer_kind must be PEER_KIND_WORKER or PEER_KIND_CLIENT"),
    ])
    func refused(hello: Hello, code: StatusCode, message: String) {
        let harness = RouterHarness { $0.token = "secret-token" }
        let peer = harness.open()
        let actions = harness.deliver(.hello(hello), from: peer)
        #expect(actions == [.send(.protocolError(ProtocolError(code: code, message: message)), to: peer), .close(peer)])
        // The router has forgotten the peer: later frames are ignored.
        #expect(harness.deliver(.ping(Ping(nonce: 1)), from: peer).isEmpty)
    }

    @Test("the right token is accepted")
    func rightToken() {
        let harness = RouterHarness { $0.token = "secret-token" }
        _ = harness.peer(.client, token: "secret-token")
    }

    @Test("anything before Hello is a violation")
    func frameBeforeHello() {
        let harness = RouterHarness()
        let peer = harness.open()
        let actions = harness.deliver(.call(Call(callID: 1, tool: "t")), from: peer)
        #expect(actions == [.send(.protocolError(ProtocolError(code: .failedPrecondition,
                                                               message: "expected Hello as the first frame, got Call")), to: peer),
                            .close(peer)])
    }

    @Test("a connection that never says Hello is closed at the handshake timeout")
    func handshakeTimeout() {
        let harness = RouterHarness { $0.handshakeTimeoutMs = 500 }
        let peer = harness.open()
        #expect(harness.advance(499).isEmpty)
        #expect(harness.advance(1) == [.send(.protocolError(ProtocolError(
            code: .deadlineExceeded, message: "no Hello within 500 ms of connecting")), to: peer), .close(peer)])
    }

    @Test("messages of the other peer kind are violations")
    func wrongKind() {
        let harness = RouterHarness()
        let client = harness.peer(.client)
        let actions = harness.deliver(.register(Register(workerName: "w", workerID: "x", tools: [], maxConcurrency: 1)),
                                      from: client)
        #expect(actions.last == .close(client))
        let worker = harness.peer(.worker)
        #expect(harness.deliver(.call(Call(callID: 1, tool: "t")), from: worker).last == .close(worker))
    }

    @Test("pings are answered with the same nonce")
    func ping() {
        let harness = RouterHarness()
        let client = harness.peer(.client)
        #expect(harness.deliver(.ping(Ping(nonce: 99)), from: client) == [.send(.pong(Pong(nonce: 99)), to: client)])
    }

    @Test("a silent peer is evicted after the lease; a chatty one is not")
    func lease() {
        let harness = RouterHarness { $0.heartbeatIntervalMs = 1_000; $0.heartbeatTimeoutMs = 3_000 }
        let silent = harness.peer(.client)
        let chatty = harness.peer(.client)
        var evicted: [RouterAction] = []
        for _ in 0..<5 {
            harness.deliver(.ping(Ping(nonce: 1)), from: chatty)
            evicted += harness.advance(1_000).filter { if case .close = $0 { return true } else { return false } }
        }
        #expect(evicted == [.close(silent)])
    }
}
