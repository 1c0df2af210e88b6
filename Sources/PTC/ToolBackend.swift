import MeshSchema

/// Where a program's tool calls go: the mesh, in-process Swift functions, or (for the HTTP
/// proxy) a client that answers later.
///
/// Implementations must be safe to call from many tasks at once: the runner issues a
/// program's concurrent calls concurrently.
public protocol ToolBackend: Sendable {
    /// The tools a program may call, by name.
    func tools() async throws(ToolFailure) -> [ToolDescription]

    /// Runs one call to its end. Failures are returned, never thrown; cancelling the calling
    /// task should cancel the call and return a `CANCELLED` failure promptly.
    func call(_ call: ToolCall) async -> ToolCallResult
}

/// One call a program made.
public struct ToolCall: Sendable {
    /// The call's number in the run, from 1 (see ``CallRecord/id``).
    public var id: Int
    /// The tool's name.
    public var tool: String
    /// The arguments object, parameters in declaration order.
    public var arguments: JSONObject
    /// How long the call may take, in milliseconds; nil leaves it to the backend.
    public var timeoutMs: UInt64?

    public init(id: Int = 0, tool: String, arguments: JSONObject, timeoutMs: UInt64? = nil) {
        self.id = id
        self.tool = tool
        self.arguments = arguments
        self.timeoutMs = timeoutMs
    }
}

/// How a call ended.
public enum ToolCallResult: Sendable {
    /// The tool's JSON result, and the worker that produced it when known.
    case success(JSONValue, worker: String?)
    case failure(ToolFailure)
}

/// A failed call or listing: a gRPC-style status name and a message.
public struct ToolFailure: Error, Sendable, Hashable {
    /// A status name such as `INVALID_ARGUMENT`, `NOT_FOUND` or `DEADLINE_EXCEEDED`.
    public var code: String
    /// What went wrong; for a tool's own failure, the worker's error text.
    public var message: String
    /// The worker that failed the call, when known.
    public var worker: String?

    public init(code: String, message: String, worker: String? = nil) {
        self.code = code
        self.message = message
        self.worker = worker
    }
}

extension ToolFailure: CustomStringConvertible {
    /// `CODE: message`.
    public var description: String { "\(code): \(message)" }
}
