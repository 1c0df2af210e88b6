import CLibUV
import MeshProtocol

/// Why a transport operation failed or a connection closed.
public enum TransportError: Error, Sendable, Hashable {
    /// A libuv call failed; `code` is libuv's negative error number (`UV_ECONNREFUSED`, …).
    case system(operation: String, code: Int32, name: String, message: String)
    /// The peer sent bytes that are not a valid frame; the connection was closed.
    case frame(FrameError)
    /// An address string could not be parsed.
    case invalidAddress(String, reason: String)
    /// The peer stopped reading and the connection's unsent output passed its hard limit.
    case outboundLimitExceeded(limit: Int)
    /// The connection was closed (locally, or by the peer at a frame boundary) before or
    /// while the operation ran.
    case connectionClosed
    /// The event loop has shut down; nothing can be submitted to it any more.
    case loopShutDown
    /// Nothing arrived from the peer for longer than the allowed silence (milliseconds).
    case peerSilent(milliseconds: UInt64)

    /// The error for libuv status `code` returned by `operation`.
    static func uv(_ operation: String, _ code: Int32) -> TransportError {
        .system(
            operation: operation,
            code: code,
            name: String(cString: uv_err_name(code)),
            message: String(cString: uv_strerror(code))
        )
    }
}

extension TransportError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .system(operation, _, name, message): "\(operation): \(message) (\(name))"
        case let .frame(error): "invalid frame from peer: \(error)"
        case let .invalidAddress(address, reason): "invalid address '\(address)': \(reason)"
        case let .outboundLimitExceeded(limit): "peer is not reading: more than \(limit) bytes of output queued"
        case .connectionClosed: "connection closed"
        case .loopShutDown: "event loop has shut down"
        case let .peerSilent(milliseconds): "peer sent nothing for more than \(milliseconds) ms"
        }
    }
}
