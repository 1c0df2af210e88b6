import MeshProtocol
import MeshTransport

/// The loop-confined half of ``MeshWorker``.
final class WorkerCore: ConnectionDelegate {
    enum State {
        case idle
        case connecting
        case handshaking(Connection)
        case registering(Connection)
        case serving(Connection)
        case finished
    }

    private let options: MeshWorker.Options
    private let tools: [String: MeshWorker.Tool]
    private let declarations: [ToolSpec]
    private let loop: EventLoop
    private var state = State.idle
    private var running: [UInt64: Task<Void, Never>] = [:]
    private var finished: CheckedContinuation<Void, Never>?
    private var failures: UInt64 = 0
    private var draining = false
    private var heartbeat: Heartbeat?

    init(options: MeshWorker.Options, tools: [MeshWorker.Tool], loop: EventLoop) {
        self.options = options
        self.loop = loop
        declarations = tools.map(\.spec)
        self.tools = Dictionary(tools.map { ($0.spec.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func start(finished: CheckedContinuation<Void, Never>) {
        self.finished = finished
        connect()
    }

    func drain(graceMs: UInt64) {
        guard !draining else { return }
        draining = true
        if case let .serving(connection) = state {
            try? connection.send(.drain(Drain(reason: "worker is shutting down", graceMs: graceMs)))
        }
        finishIfDrained()
        let timer = LoopTimer(loop: loop)
        timer.start(afterMs: graceMs) { [self] in
            timer.close()
            stop()
        }
    }

    func stop() {
        for task in running.values { task.cancel() }
        running = [:]
        heartbeat?.stop()
        heartbeat = nil
        switch state {
        case let .handshaking(connection), let .registering(connection), let .serving(connection):
            connection.close(flushing: true)
        default:
            break
        }
        state = .finished
        finished?.resume()
        finished = nil
    }

    // MARK: - Connection

    private func connect() {
        guard case .idle = state, !draining else { return }
        state = .connecting
        loop.connect(to: options.address, limits: options.limits) { [self] result in
            guard case .connecting = state else {
                if case let .success(connection) = result { connection.close(flushing: false) }
                return
            }
            switch result {
            case let .success(connection):
                connection.delegate = self
                state = .handshaking(connection)
                try? connection.send(.hello(Hello(peerKind: .worker, token: options.token, peerName: options.workerName,
                                                  agent: "toolmesh-swift/0.1.0")))
            case .failure:
                reconnectLater()
            }
        }
    }

    private func reconnectLater() {
        state = .idle
        failures += 1
        let delay = min(options.maxReconnectDelayMs, 50 << min(failures, 10))
        let timer = LoopTimer(loop: loop)
        timer.start(afterMs: delay) { [self] in
            timer.close()
            connect()
        }
    }

    func connection(_ connection: Connection, didReceive envelope: Envelope) {
        switch (state, envelope) {
        case let (.handshaking, .welcome(welcome)):
            state = .registering(connection)
            heartbeat?.stop()
            heartbeat = Heartbeat(connection: connection, intervalMs: UInt64(welcome.heartbeatIntervalMs),
                                  timeoutMs: UInt64(welcome.heartbeatTimeoutMs))
            try? connection.send(.register(Register(workerName: options.workerName, workerID: options.workerID,
                                                    tools: declarations, maxConcurrency: options.maxConcurrency)))
        case let (.registering, .registerAck(ack)):
            guard ack.code == .ok else {
                // A refused registration cannot succeed by retrying the same tools.
                stop()
                return
            }
            failures = 0
            state = .serving(connection)
        case let (.serving, .call(call)):
            start(call, on: connection)
        case let (.serving, .cancel(cancel)):
            running[cancel.callID]?.cancel()
        case let (_, .ping(ping)):
            try? connection.send(.pong(Pong(nonce: ping.nonce)))
        case (_, .protocolError):
            connection.close(flushing: false)
        case (_, .drain):
            // The router is going away; finish what runs, then reconnect.
            break
        default:
            break
        }
    }

    func connectionDidClose(_ connection: Connection, error: TransportError?) {
        switch state {
        case let .handshaking(current), let .registering(current), let .serving(current):
            guard current === connection else { return }
        default:
            return
        }
        // The router fails these calls over or answers them itself; results cannot be sent.
        for task in running.values { task.cancel() }
        running = [:]
        heartbeat?.stop()
        heartbeat = nil
        if draining {
            stop()
        } else {
            reconnectLater()
        }
    }

    // MARK: - Calls

    private func start(_ call: Call, on connection: Connection) {
        guard let tool = tools[call.tool] else {
            try? connection.send(.result(CallResult(callID: call.callID, code: .notFound,
                                                    message: "this worker does not serve tool '\(call.tool)'")))
            return
        }
        let request = ToolCall(tool: call.tool, arguments: call.arguments.isEmpty ? Array("{}".utf8) : call.arguments,
                               metadata: call.metadata, deadlineMs: call.deadlineMs, attempt: call.attempt)
        running[call.callID] = Task.detached { [loop, handler = tool.handler, callID = call.callID,
                                                core = LoopBound(self), target = LoopBound(connection)] in
            let result = await WorkerCore.invoke(handler, request)
            loop.execute { core.value.finish(callID, result, on: target.value) }
        }
    }

    private static func invoke(_ handler: @Sendable (ToolCall) async throws -> [UInt8],
                               _ request: ToolCall) async -> Result<[UInt8], MeshError> {
        do {
            return .success(try await handler(request))
        } catch let error as MeshError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(MeshError(code: .cancelled, message: "cancelled"))
        } catch {
            return .failure(MeshError(code: .internalError, message: "\(error)"))
        }
    }

    private func finish(_ callID: UInt64, _ result: Result<[UInt8], MeshError>, on connection: Connection) {
        guard running.removeValue(forKey: callID) != nil, connection.isOpen else { return }
        let answer: CallResult
        switch result {
        case let .success(bytes):
            answer = CallResult(callID: callID, code: .ok, result: bytes)
        case let .failure(error):
            answer = CallResult(callID: callID, code: error.code, message: error.message, metadata: error.metadata)
        }
        do {
            try connection.send(.result(answer))
        } catch {
            // The result does not fit in a frame (or holds U+0000): report that instead.
            try? connection.send(.result(CallResult(callID: callID, code: .resourceExhausted,
                                                    message: "result cannot be sent: \(error)")))
        }
        finishIfDrained()
    }

    private func finishIfDrained() {
        if draining && running.isEmpty {
            stop()
        }
    }
}
