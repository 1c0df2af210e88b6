import MeshProtocol

/// Identifies one connection to the router, assigned by the driver (the I/O layer).
public struct PeerID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt64
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }
    public static func < (a: PeerID, b: PeerID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "peer#\(rawValue)" }
}

/// What the router asks its driver to do, in order.
public enum RouterAction: Equatable, Sendable {
    /// Write `envelope` to `peer`.
    case send(Envelope, to: PeerID)
    /// Close `peer` after the frames queued for it so far; the driver does not report the
    /// disconnection back (the router has already forgotten the peer).
    case close(PeerID)
}

/// A client's call, from arrival to its one result.
final class CallState {
    let key: CallKey
    let tool: String
    let arguments: [UInt8]
    let metadata: Metadata
    let idempotent: Bool
    let deadline: UInt64
    var attempts: UInt32 = 0
    /// The worker running the current attempt and its call id there.
    var assignment: (worker: PeerID, callID: UInt64)?
    var lastWorkerID = ""
    var queued = false
    /// When the call reached the router.
    var arrivedAt: UInt64 = 0

    init(key: CallKey, call: Call, idempotent: Bool, deadline: UInt64) {
        self.key = key
        tool = call.tool
        arguments = call.arguments
        metadata = call.metadata
        self.idempotent = idempotent
        self.deadline = deadline
    }
}

/// A call as the client named it.
struct CallKey: Hashable {
    let client: PeerID
    let callID: UInt64
}

/// A connected worker after registration.
final class WorkerState {
    var workerID = ""
    var workerName = ""
    var tools: [String: ToolSpec] = [:]
    var maxConcurrency = 1
    var draining = false
    var registered = false
    /// Calls sent to this worker and not yet answered by it, by the router's call id, including
    /// calls the client no longer waits for: their slots stay taken until the worker answers.
    var outstanding: [UInt64: WorkerCall] = [:]
    var outstandingByTool: [String: Int] = [:]
    var nextCallID: UInt64 = 1

    /// Whether a call of `tool` may be sent to this worker now.
    func canTake(_ tool: String) -> Bool {
        guard registered, !draining, outstanding.count < maxConcurrency, let spec = tools[tool] else { return false }
        return spec.maxConcurrency == 0 || outstandingByTool[tool, default: 0] < Int(spec.maxConcurrency)
    }
}

/// A call sent to a worker, by the router's id for it on that worker's connection.
struct WorkerCall {
    let key: CallKey
    let tool: String
}

/// A connected client: the ids of its calls that have not been answered yet.
final class ClientState {
    var outstanding: Set<UInt64> = []
}

/// A connection and what it has said about itself.
final class PeerState {
    enum Role {
        case handshaking
        case client(ClientState)
        case worker(WorkerState)
    }

    let address: String
    var role = Role.handshaking
    var name = ""
    var lastHeard: UInt64

    init(address: String, now: UInt64) {
        self.address = address
        lastHeard = now
    }
}

/// A tool and who serves it.
final class ToolEntry {
    var spec: ToolSpec
    /// The input schema every worker of the tool declared (they must agree).
    let schema: ToolSchema
    var workers: [PeerID] = []
    /// Calls waiting for a free worker, oldest first; entries whose call is no longer queued
    /// are skipped when reached.
    var queue: [CallKey] = []
    var queueHead = 0
    var waiting = 0
    var nextPick = 0

    init(spec: ToolSpec, schema: ToolSchema) {
        self.spec = spec
        self.schema = schema
    }
}

/// What a timer entry in the deadline heap stands for.
enum TimerKey {
    case handshake(PeerID)
    case call(CallKey)
    case leaseSweep
}
