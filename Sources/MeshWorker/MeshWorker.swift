import MeshProtocol
import MeshTransport

/// One call as a tool handler sees it.
public struct ToolCall: Sendable {
    /// The tool's name.
    public var tool: String
    /// The arguments object as UTF-8 JSON text (`{}` when the caller sent none).
    public var arguments: [UInt8]
    /// Request metadata from the caller.
    public var metadata: Metadata
    /// Milliseconds left until the deadline when the call arrived; 0 means none.
    public var deadlineMs: UInt64
    /// 1 for the first attempt, more when the router retries after a failover.
    public var attempt: UInt32
}

/// Serves tools to a router: connects, registers, runs each call in its own task, and
/// reconnects and re-registers when the connection is lost.
///
/// A handler returns the result as UTF-8 JSON text, or throws: a ``MeshError`` is reported with
/// its code and message; any other error as INTERNAL with the error's description. When the
/// router cancels a call (client cancel, deadline), the handler's task is cancelled.
public final class MeshWorker: Sendable {
    /// A tool's declaration and its code.
    public struct Tool: Sendable {
        public var spec: ToolSpec
        public var handler: @Sendable (ToolCall) async throws -> [UInt8]

        public init(_ spec: ToolSpec, handler: @escaping @Sendable (ToolCall) async throws -> [UInt8]) {
            self.spec = spec
            self.handler = handler
        }
    }

    /// Who the worker is and where it registers.
    public struct Options: Sendable {
        public var address: SocketAddress
        public var token: String
        public var workerName: String
        public var workerID: String
        /// Calls of all tools together that run at once.
        public var maxConcurrency: UInt32
        public var limits: ConnectionLimits
        /// Longest wait between reconnection attempts, in milliseconds.
        public var maxReconnectDelayMs: UInt64

        public init(address: SocketAddress, workerName: String, workerID: String? = nil, token: String = "",
                    maxConcurrency: UInt32 = 64, limits: ConnectionLimits = ConnectionLimits(),
                    maxReconnectDelayMs: UInt64 = 1_000) {
            self.address = address
            self.token = token
            self.workerName = workerName
            self.workerID = workerID ?? "\(workerName)-\(UInt64.random(in: 0...UInt64.max))"
            self.maxConcurrency = maxConcurrency
            self.limits = limits
            self.maxReconnectDelayMs = maxReconnectDelayMs
        }
    }

    private let loop: EventLoop
    private let core: LoopBound<WorkerCore>

    /// A worker for `tools`; nothing happens until ``run()``.
    public init(options: Options, tools: [Tool]) throws(TransportError) {
        loop = try EventLoop()
        core = LoopBound(WorkerCore(options: options, tools: tools, loop: loop))
    }

    /// Connects and serves until ``drain(graceMs:)`` completes or ``stop()`` is called;
    /// reconnects after every loss of the connection. Call once.
    public func run() async {
        let core = core
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            if !loop.execute({ core.value.start(finished: continuation) }) {
                continuation.resume()
            }
        }
        loop.shutdown()
    }

    /// Stops taking calls, lets running calls finish (for at most `graceMs`), then ends
    /// ``run()``. For SIGTERM.
    public func drain(graceMs: UInt64 = 10_000) {
        let core = core
        loop.execute { core.value.drain(graceMs: graceMs) }
    }

    /// Ends ``run()`` now; running calls are cancelled and their results not sent.
    public func stop() {
        let core = core
        loop.execute { core.value.stop() }
    }
}
