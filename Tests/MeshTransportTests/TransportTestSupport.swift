import MeshProtocol
@testable import MeshTransport
import MeshTestSupport
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A server on `address` whose accepted connections are recorded (and optionally answered).
final class TestServer: @unchecked Sendable {
    let loop: EventLoop
    let listener: Listener
    let accepted = ProbeList()

    init(loop: EventLoop, address: SocketAddress, limits: ConnectionLimits = ConnectionLimits(),
         onEnvelope: (@Sendable (Connection, Envelope) -> Void)? = nil) async throws {
        self.loop = loop
        let accepted = self.accepted
        listener = try await onLoop(loop) {
            LoopBound(try Listener(loop: loop, address: address, limits: limits) { connection in
                let probe = Probe(onEnvelope: onEnvelope)
                accepted.probes.withLock { $0.append(probe) }
                connection.delegate = probe
            })
        }.value
    }

    var address: SocketAddress { listener.localAddress }
    var probes: [Probe] { accepted.probes.withLock { $0 } }
}


/// Replies to Ping with Pong and to Call with a CallResult echoing the arguments.
let echo: @Sendable (Connection, Envelope) -> Void = { connection, envelope in
    switch envelope {
    case let .ping(ping):
        try? connection.send(.pong(Pong(nonce: ping.nonce)))
    case let .call(call):
        try? connection.send(.result(CallResult(callID: call.callID, code: .ok, result: call.arguments)))
    default:
        break
    }
}
