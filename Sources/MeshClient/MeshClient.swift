import MeshProtocol
import MeshTransport

/// The successful outcome of a call.
public struct CallOutput: Sendable, Hashable {
    /// The tool's return value as UTF-8 JSON text (empty means `null`).
    public var result: [UInt8]
    /// Response metadata from the worker.
    public var metadata: Metadata
    /// The worker that produced the result.
    public var workerID: String
    /// Attempts the router made (more than 1 after failover).
    public var attempts: UInt32
}

/// A connection to a router for listing and calling tools, with Swift `async` APIs.
///
/// Thread-safe. Calls run concurrently over one connection. If the connection is lost, calls
/// in flight fail with ``StatusCode/unavailable`` and the next operation reconnects, waiting
/// with exponential backoff (100 ms doubling to 5 s) after repeated failures.
public final class MeshClient: Sendable {
    /// How to reach and authenticate with the router.
    public struct Options: Sendable {
        public var address: SocketAddress
        public var token: String
        public var name: String
        public var limits: ConnectionLimits

        public init(address: SocketAddress, token: String = "", name: String = "toolmesh-client",
                    limits: ConnectionLimits = ConnectionLimits()) {
            self.address = address
            self.token = token
            self.name = name
            self.limits = limits
        }
    }

    private let loop: EventLoop
    private let ownsLoop: Bool
    private let core: LoopBound<ClientCore>

    /// Connects and completes the handshake.
    ///
    /// - Parameter loop: the event loop to use; by default the client starts its own, which
    ///   ``close()`` shuts down.
    /// - Throws: ``MeshError`` (UNAVAILABLE when the router cannot be reached, UNAUTHENTICATED
    ///   for a refused token, …).
    public static func connect(_ options: Options, loop: EventLoop? = nil) async throws(MeshError) -> MeshClient {
        let client: MeshClient
        do {
            client = MeshClient(options: options, loop: try loop ?? EventLoop(), ownsLoop: loop == nil)
        } catch {
            throw MeshError(code: .internalError, message: "cannot start an event loop: \(error)")
        }
        do {
            try await client.ensureConnected()
        } catch {
            client.close()
            throw error
        }
        return client
    }

    private init(options: Options, loop: EventLoop, ownsLoop: Bool) {
        self.loop = loop
        self.ownsLoop = ownsLoop
        core = LoopBound(ClientCore(options: options, loop: loop))
    }

    /// The tools on the mesh, sorted by name; only `names` when given.
    public func listTools(names: [String] = []) async throws(MeshError) -> [ToolInfo] {
        let core = core
        let response = await withCheckedContinuation { (continuation: CheckedContinuation<Result<ListToolsResponse, MeshError>, Never>) in
            submit(orFail: continuation) { core.value.listTools(names: names, continuation: continuation) }
        }
        return try response.get().tools
    }

    /// Calls `tool` with `arguments` (UTF-8 JSON text of an object) and returns its result.
    ///
    /// Cancelling the calling task cancels the call at the router and the worker; the call
    /// then throws CANCELLED (or returns, if the result won the race).
    ///
    /// - Parameters:
    ///   - timeoutMs: the deadline, relative to now; nil leaves it to the tool or router default.
    ///   - idempotent: the call may safely run twice, so the router may retry it on failover.
    public func call(
        _ tool: String,
        arguments: [UInt8] = [],
        timeoutMs: UInt64? = nil,
        metadata: Metadata = Metadata(),
        idempotent: Bool = false
    ) async throws(MeshError) -> CallOutput {
        // One hop to the loop per call: connecting, when needed, happens there.
        let core = core
        let ticket = CallTicket()
        let request = Call(callID: 0, tool: tool, arguments: arguments, deadlineMs: timeoutMs.map { max($0, 1) } ?? 0,
                           metadata: metadata, idempotent: idempotent)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<CallResult, MeshError>, Never>) in
                submit(orFail: continuation) { core.value.call(request, ticket: ticket, continuation: continuation) }
            }
        } onCancel: {
            loop.execute { core.value.cancel(ticket) }
        }
        let answer = try result.get()
        guard answer.code == .ok else {
            throw MeshError(code: answer.code, message: answer.message, metadata: answer.metadata)
        }
        return CallOutput(result: answer.result, metadata: answer.metadata, workerID: answer.workerID,
                          attempts: answer.attempts)
    }

    /// Closes the connection; calls in flight fail with CANCELLED. Shuts down the event loop if
    /// the client created it. Do not call from the loop thread.
    public func close() {
        let core = core
        loop.execute { core.value.shutdown() }
        if ownsLoop {
            loop.shutdown()
        }
    }

    private func ensureConnected() async throws(MeshError) {
        let core = core
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Void, MeshError>, Never>) in
            submit(orFail: continuation) { core.value.ensureConnected(continuation) }
        }
        try result.get()
    }

    /// Runs `job` on the loop, or fails `continuation` if the loop is gone.
    private func submit<T>(orFail continuation: CheckedContinuation<Result<T, MeshError>, Never>,
                           _ job: @escaping @Sendable () -> Void) {
        if !loop.execute(job) {
            continuation.resume(returning: .failure(MeshError(code: .unavailable, message: "client is closed")))
        }
    }
}

/// Identifies one call across the cancellation handler and the loop.
final class CallTicket: @unchecked Sendable {
    /// Assigned on the loop thread when the call is sent; 0 before.
    var callID: UInt64 = 0
    var cancelled = false
}
