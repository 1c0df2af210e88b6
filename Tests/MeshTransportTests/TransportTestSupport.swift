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

/// Opens a plain blocking TCP socket to `address`, for sending raw, invalid bytes.
func rawSocket(to address: SocketAddress) throws -> Int32 {
    guard case let .tcp(_, port) = address else { throw TransportError.connectionClosed }
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    sin.sin_port = port.bigEndian
    sin.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    let status = withUnsafePointer(to: &sin) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard status == 0 else { throw TransportError.connectionClosed }
    return fd
}

/// Reads from `fd` until the peer closes; returns everything read.
func readAll(_ fd: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = read(fd, &buffer, buffer.count)
        if count <= 0 { break }
        result += buffer[0..<count]
    }
    return result
}
