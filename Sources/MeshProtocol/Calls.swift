/// A request to run one tool once.
public struct Call: Sendable, Hashable {
    /// Unique among the sender's unfinished calls on this connection; never 0.
    public var callID: UInt64
    /// The tool's name.
    public var tool: String
    /// The arguments object as UTF-8 JSON text; empty means `{}`. Forwarded without decoding.
    public var arguments: [UInt8]
    /// Milliseconds left until the deadline as of sending; 0 means no deadline.
    public var deadlineMs: UInt64
    /// Request metadata, forwarded to the worker unchanged.
    public var metadata: Metadata
    /// The caller asserts the call may run more than once (retried on failover).
    public var idempotent: Bool
    /// Set by the router toward workers: 1 for the first attempt, 2 for the first retry, …
    public var attempt: UInt32

    public init(
        callID: UInt64,
        tool: String,
        arguments: [UInt8] = [],
        deadlineMs: UInt64 = 0,
        metadata: Metadata = Metadata(),
        idempotent: Bool = false,
        attempt: UInt32 = 0
    ) {
        self.callID = callID
        self.tool = tool
        self.arguments = arguments
        self.deadlineMs = deadlineMs
        self.metadata = metadata
        self.idempotent = idempotent
        self.attempt = attempt
    }
}

/// The outcome of a call: every ``Call`` gets exactly one.
public struct CallResult: Sendable, Hashable {
    /// The ``Call/callID`` this answers.
    public var callID: UInt64
    /// OK, or why the call failed.
    public var code: StatusCode
    /// Empty on OK; on failure a message for people and models (a tool's own error text).
    public var message: String
    /// On OK the return value as UTF-8 JSON text (empty means `null`); on failure optional
    /// JSON error details.
    public var result: [UInt8]
    /// Response metadata (like gRPC trailers).
    public var metadata: Metadata
    /// Set by the router for clients: the worker that produced the result, or empty.
    public var workerID: String
    /// Set by the router for clients: attempts made (more than 1 after failover).
    public var attempts: UInt32

    public init(
        callID: UInt64,
        code: StatusCode,
        message: String = "",
        result: [UInt8] = [],
        metadata: Metadata = Metadata(),
        workerID: String = "",
        attempts: UInt32 = 0
    ) {
        self.callID = callID
        self.code = code
        self.message = message
        self.result = result
        self.metadata = metadata
        self.workerID = workerID
        self.attempts = attempts
    }
}

/// Stop working on a call; the call still ends with exactly one ``CallResult``.
public struct Cancel: Sendable, Hashable {
    /// The call, in the id space of the connection this travels on.
    public var callID: UInt64
    /// Why, for logs.
    public var reason: String

    public init(callID: UInt64, reason: String = "") {
        self.callID = callID
        self.reason = reason
    }
}
