import MeshProtocol

/// Something the router did that operators want in its logs: one event per finished call,
/// and workers joining and leaving. Collected only when ``RouterCore/recordsEvents`` is set
/// (the driver takes them with ``RouterCore/takeEvents()``).
public enum RouterEvent: Equatable, Sendable {
    /// A call got its one result.
    case callFinished(CallSummary)
    /// A worker registered (or re-registered) its tools.
    case workerRegistered(peer: PeerID, workerID: String, workerName: String, tools: [String])
    /// A registered worker's connection is gone; its calls failed over.
    case workerLeft(peer: PeerID, workerID: String, inFlight: Int)
}

/// The facts of one finished call, as log fields.
public struct CallSummary: Equatable, Sendable {
    public var client: PeerID
    public var callID: UInt64
    public var tool: String
    public var code: StatusCode
    public var message: String
    /// The worker that produced the result; empty when no worker ran it.
    public var workerID: String
    public var attempts: UInt32
    /// From arrival at the router to the result, in milliseconds of the driver's clock.
    public var durationMs: UInt64

    public init(client: PeerID, callID: UInt64, tool: String, code: StatusCode, message: String, workerID: String,
                attempts: UInt32, durationMs: UInt64) {
        self.client = client
        self.callID = callID
        self.tool = tool
        self.code = code
        self.message = message
        self.workerID = workerID
        self.attempts = attempts
        self.durationMs = durationMs
    }
}
