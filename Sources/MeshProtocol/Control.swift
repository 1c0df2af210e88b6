/// Liveness probe for an idle connection; answered by ``Pong`` with the same nonce.
public struct Ping: Sendable, Hashable {
    public var nonce: UInt64

    public init(nonce: UInt64) {
        self.nonce = nonce
    }
}

/// The answer to ``Ping``.
public struct Pong: Sendable, Hashable {
    /// The nonce of the ping being answered.
    public var nonce: UInt64

    public init(nonce: UInt64) {
        self.nonce = nonce
    }
}

/// The sender accepts no new work on this connection and closes once in-flight work is done
/// (a worker) or after the grace period (the router).
public struct Drain: Sendable, Hashable {
    /// Why, for logs.
    public var reason: String
    /// How long the sender waits for in-flight work, in milliseconds; 0 means the default.
    public var graceMs: UInt64

    public init(reason: String = "", graceMs: UInt64 = 0) {
        self.reason = reason
        self.graceMs = graceMs
    }
}

/// A fatal protocol violation or a refused handshake; the sender closes the connection next.
///
/// Conforms to `Error` so a peer that receives one can throw it as is.
public struct ProtocolError: Error, Sendable, Hashable {
    /// For example ``StatusCode/unauthenticated`` for a bad token.
    public var code: StatusCode
    /// What happened, precise enough to fix the peer.
    public var message: String

    public init(code: StatusCode, message: String) {
        self.code = code
        self.message = message
    }
}

extension ProtocolError: CustomStringConvertible {
    public var description: String { "\(code.name): \(message)" }
}
