import MeshProtocol
@testable import MeshRouter
import Testing

/// Drives a RouterCore in memory with a hand-controlled clock.
final class RouterHarness {
    let core: RouterCore
    var now: UInt64 = 1_000
    private var nextPeer: UInt64 = 1

    init(configure: (inout RouterConfiguration) -> Void = { _ in }) {
        var configuration = RouterConfiguration(routerID: "router-test")
        configure(&configuration)
        core = RouterCore(configuration: configuration)
    }

    /// A new connection that has not said Hello.
    func open() -> PeerID {
        defer { nextPeer += 1 }
        let peer = PeerID(nextPeer)
        core.connected(peer, address: "127.0.0.1:\(40_000 + nextPeer)", now: now)
        return peer
    }

    /// A connected client or worker that completed its handshake.
    func peer(_ kind: PeerKind, token: String = "") -> PeerID {
        let peer = open()
        let actions = deliver(.hello(Hello(peerKind: kind, token: token, peerName: "test")), from: peer)
        guard case .send(.welcome, to: peer)? = actions.first else {
            Issue.record("no Welcome: \(actions)")
            return peer
        }
        return peer
    }

    /// A registered worker serving `tools`; expects no waiting call to be dispatched to it.
    func worker(_ tools: [ToolSpec], id: String? = nil, maxConcurrency: UInt32 = 64) -> PeerID {
        let (peer, actions) = registerWorker(tools, id: id, maxConcurrency: maxConcurrency)
        #expect(actions == [.send(.registerAck(RegisterAck(code: .ok)), to: peer)])
        return peer
    }

    /// A registered worker and the router's actions, which start with its `RegisterAck` and may
    /// go on with waiting calls dispatched to it.
    func registerWorker(_ tools: [ToolSpec], id: String? = nil, maxConcurrency: UInt32 = 64) -> (PeerID, [RouterAction]) {
        let peer = peer(.worker)
        let actions = deliver(.register(Register(workerName: "w", workerID: id ?? "worker-\(peer.rawValue)",
                                                 tools: tools, maxConcurrency: maxConcurrency)), from: peer)
        #expect(actions.first == .send(.registerAck(RegisterAck(code: .ok)), to: peer))
        return (peer, actions)
    }

    @discardableResult
    func deliver(_ envelope: Envelope, from peer: PeerID) -> [RouterAction] {
        core.received(envelope, from: peer, now: now)
        return core.takeActions()
    }

    @discardableResult
    func disconnect(_ peer: PeerID) -> [RouterAction] {
        core.disconnected(peer, now: now)
        return core.takeActions()
    }

    @discardableResult
    func advance(_ milliseconds: UInt64) -> [RouterAction] {
        now += milliseconds
        core.advance(to: now)
        return core.takeActions()
    }
}

/// The calls among `actions`, with their destination.
func sentCalls(_ actions: [RouterAction]) -> [(to: PeerID, call: Call)] {
    actions.compactMap { action in
        if case let .send(.call(call), to: peer) = action { return (peer, call) }
        return nil
    }
}

/// The results among `actions`, with their destination.
func sentResults(_ actions: [RouterAction]) -> [(to: PeerID, result: CallResult)] {
    actions.compactMap { action in
        if case let .send(.result(result), to: peer) = action { return (peer, result) }
        return nil
    }
}

func tool(_ name: String, idempotent: Bool = false, maxConcurrency: UInt32 = 0, schema: String = "") -> ToolSpec {
    ToolSpec(name: name, inputSchema: Array(schema.utf8), idempotent: idempotent, maxConcurrency: maxConcurrency)
}
