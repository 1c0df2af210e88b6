/// The outcome of a call or an operation: gRPC's status codes, with gRPC's numbers.
///
/// Every ``CallResult`` carries one. On the wire an unrecognized number (from a newer peer)
/// decodes to ``unknown``, as in gRPC.
public enum StatusCode: Int32, CaseIterable, Sendable, Hashable {
    /// Success.
    case ok = 0
    /// The caller cancelled the call, or its connection went away.
    case cancelled = 1
    /// An error with no better code.
    case unknown = 2
    /// The arguments are wrong regardless of system state; retrying cannot succeed.
    case invalidArgument = 3
    /// The deadline passed before the call completed.
    case deadlineExceeded = 4
    /// The tool, or another named entity, does not exist.
    case notFound = 5
    /// Something the request would create already exists.
    case alreadyExists = 6
    /// The peer is authenticated but not allowed to do this.
    case permissionDenied = 7
    /// A quota, queue or size limit is exhausted.
    case resourceExhausted = 8
    /// The system is not in a state that allows the operation.
    case failedPrecondition = 9
    /// The operation was aborted, typically by a concurrency conflict.
    case aborted = 10
    /// A value is outside its valid range.
    case outOfRange = 11
    /// Not implemented or not supported by this peer or protocol version.
    case unimplemented = 12
    /// An invariant broke (a bug), or tool code raised an unexpected error.
    case internalError = 13
    /// Currently unavailable; retrying later may succeed.
    case unavailable = 14
    /// Unrecoverable data loss or corruption.
    case dataLoss = 15
    /// The peer did not present valid credentials.
    case unauthenticated = 16

    /// The code for a wire number; numbers outside gRPC's set map to ``unknown``.
    public init(wireValue: Int32) {
        self = StatusCode(rawValue: wireValue) ?? .unknown
    }

    /// The canonical gRPC name, e.g. `DEADLINE_EXCEEDED`, as used in logs and CLI output.
    public var name: String {
        switch self {
        case .ok: "OK"
        case .cancelled: "CANCELLED"
        case .unknown: "UNKNOWN"
        case .invalidArgument: "INVALID_ARGUMENT"
        case .deadlineExceeded: "DEADLINE_EXCEEDED"
        case .notFound: "NOT_FOUND"
        case .alreadyExists: "ALREADY_EXISTS"
        case .permissionDenied: "PERMISSION_DENIED"
        case .resourceExhausted: "RESOURCE_EXHAUSTED"
        case .failedPrecondition: "FAILED_PRECONDITION"
        case .aborted: "ABORTED"
        case .outOfRange: "OUT_OF_RANGE"
        case .unimplemented: "UNIMPLEMENTED"
        case .internalError: "INTERNAL"
        case .unavailable: "UNAVAILABLE"
        case .dataLoss: "DATA_LOSS"
        case .unauthenticated: "UNAUTHENTICATED"
        }
    }
}

extension StatusCode: CustomStringConvertible {
    public var description: String { name }
}

/// What a peer is, announced in ``Hello``.
public enum PeerKind: Int32, CaseIterable, Sendable, Hashable {
    /// Not set; the router refuses such a handshake. Unrecognized wire numbers decode to this.
    case unspecified = 0
    /// A tool service: registers tools and serves calls.
    case worker = 1
    /// A caller: lists tools and sends calls.
    case client = 2

    /// The kind for a wire number; numbers this version does not know map to ``unspecified``.
    public init(wireValue: Int32) {
        self = PeerKind(rawValue: wireValue) ?? .unspecified
    }
}
