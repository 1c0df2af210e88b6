import MeshProtocol

/// What a router enforces. All durations are in milliseconds.
public struct RouterConfiguration: Sendable {
    /// When set, every `Hello` must carry exactly this token.
    public var token: String?
    /// This router instance's identity, sent in `Welcome`.
    public var routerID: String
    /// How often idle peers should ping.
    public var heartbeatIntervalMs: UInt32 = 5_000
    /// Silence after which a peer is considered dead (its calls fail over).
    public var heartbeatTimeoutMs: UInt32 = 15_000
    /// Time a new connection has to complete its `Hello`.
    public var handshakeTimeoutMs: UInt64 = 10_000
    /// Deadline for calls that come without one and whose tool declares none.
    public var defaultDeadlineMs: UInt64 = 60_000
    /// Calls waiting for a free worker, per tool; one more is answered RESOURCE_EXHAUSTED.
    public var maxQueuedCallsPerTool = 1_024
    /// Attempts per idempotent call, counting the first, before failover gives up.
    public var maxAttempts: UInt32 = 3
    /// Frame size limit announced to peers.
    public var frameLimits = FrameLimits()

    public init(routerID: String, token: String? = nil) {
        self.routerID = routerID
        self.token = token
    }
}
