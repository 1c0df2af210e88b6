/// The version of the wire contract this module implements (`proto/toolmesh/v1/mesh.proto`).
public let meshProtocolVersion: UInt32 = 1

/// The first frame a peer sends on a new connection; the router answers ``Welcome`` or
/// ``ProtocolError``.
public struct Hello: Sendable, Hashable {
    /// The protocol version the peer speaks (``meshProtocolVersion``).
    public var protocolVersion: UInt32
    /// Worker or client: decides which messages the peer may send.
    public var peerKind: PeerKind
    /// Shared secret; empty when the router has none configured.
    public var token: String
    /// A human-readable name for logs and listings.
    public var peerName: String
    /// The peer's software and version, e.g. `toolmesh-swift/0.1.0`.
    public var agent: String

    public init(
        protocolVersion: UInt32 = meshProtocolVersion,
        peerKind: PeerKind,
        token: String = "",
        peerName: String = "",
        agent: String = ""
    ) {
        self.protocolVersion = protocolVersion
        self.peerKind = peerKind
        self.token = token
        self.peerName = peerName
        self.agent = agent
    }
}

/// The router accepted the handshake and states the connection's parameters.
public struct Welcome: Sendable, Hashable {
    /// The protocol version both sides use from now on.
    public var protocolVersion: UInt32
    /// This router instance's identity; it changes when the router restarts.
    public var routerID: String
    /// How often an otherwise idle peer sends ``Ping``, in milliseconds.
    public var heartbeatIntervalMs: UInt32
    /// The lease: silence for this long, in milliseconds, means the peer is dead.
    public var heartbeatTimeoutMs: UInt32
    /// The largest frame length the router accepts on this connection.
    public var maxFrameBytes: UInt32

    public init(
        protocolVersion: UInt32 = meshProtocolVersion,
        routerID: String,
        heartbeatIntervalMs: UInt32,
        heartbeatTimeoutMs: UInt32,
        maxFrameBytes: UInt32
    ) {
        self.protocolVersion = protocolVersion
        self.routerID = routerID
        self.heartbeatIntervalMs = heartbeatIntervalMs
        self.heartbeatTimeoutMs = heartbeatTimeoutMs
        self.maxFrameBytes = maxFrameBytes
    }
}
