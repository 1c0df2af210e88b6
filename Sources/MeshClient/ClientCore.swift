import MeshProtocol
import MeshTransport

/// The loop-confined half of ``MeshClient``: the connection, the handshake, and the
/// continuations of everything in flight.
final class ClientCore: ConnectionDelegate {
    typealias CallContinuation = CheckedContinuation<Result<CallResult, MeshError>, Never>
    typealias ListContinuation = CheckedContinuation<Result<ListToolsResponse, MeshError>, Never>
    typealias ReadyContinuation = CheckedContinuation<Result<Void, MeshError>, Never>
    /// Work waiting for the handshake: runs with the ready connection or the failure.
    typealias ReadyWork = (Result<Connection, MeshError>) -> Void

    enum State {
        case idle
        case connecting
        case handshaking(Connection)
        case ready(Connection)
        case closed
    }

    private let options: MeshClient.Options
    private let loop: EventLoop
    private var state = State.idle
    private var waitingForReady: [ReadyWork] = []
    private var calls: [UInt64: CallContinuation] = [:]
    private var listings: [UInt64: ListContinuation] = [:]
    private var nextID: UInt64 = 1
    private var failures = 0
    private var retryAt: UInt64 = 0
    private var heartbeat: Heartbeat?

    init(options: MeshClient.Options, loop: EventLoop) {
        self.options = options
        self.loop = loop
    }

    func ensureConnected(_ continuation: ReadyContinuation) {
        whenReady { result in continuation.resume(returning: result.map { _ in () }) }
    }

    /// Runs `work` with the connection once the handshake is done (at once when it is),
    /// connecting first if needed; or with the failure to connect.
    private func whenReady(_ work: @escaping ReadyWork) {
        switch state {
        case let .ready(connection):
            work(.success(connection))
        case .closed:
            work(.failure(MeshError(code: .cancelled, message: "client is closed")))
        case .connecting, .handshaking:
            waitingForReady.append(work)
        case .idle:
            waitingForReady.append(work)
            let delay = retryAt > loop.now ? retryAt - loop.now : 0
            state = .connecting
            if delay == 0 {
                connect()
            } else {
                let timer = LoopTimer(loop: loop)
                timer.start(afterMs: delay) { [self] in
                    timer.close()
                    connect()
                }
            }
        }
    }

    /// Sends a call (connecting first if the connection was lost since the last call).
    func call(_ request: Call, ticket: CallTicket, continuation: CallContinuation) {
        whenReady { [self] ready in
            switch ready {
            case let .success(connection):
                send(request, ticket: ticket, continuation: continuation, on: connection)
            case let .failure(error):
                continuation.resume(returning: .failure(error))
            }
        }
    }

    private func send(_ request: Call, ticket: CallTicket, continuation: CallContinuation, on connection: Connection) {
        guard !ticket.cancelled else {
            continuation.resume(returning: .failure(MeshError(code: .cancelled, message: "cancelled before it was sent")))
            return
        }
        var request = request
        request.callID = takeID()
        ticket.callID = request.callID
        do {
            try connection.send(.call(request))
            calls[request.callID] = continuation
        } catch {
            continuation.resume(returning: .failure(MeshError(code: .invalidArgument, message: "\(error)")))
        }
    }

    func cancel(_ ticket: CallTicket) {
        ticket.cancelled = true
        guard ticket.callID != 0, calls[ticket.callID] != nil, case let .ready(connection) = state else { return }
        try? connection.send(.cancel(Cancel(callID: ticket.callID, reason: "cancelled by the caller")))
    }

    func listTools(names: [String], continuation: ListContinuation) {
        whenReady { [self] ready in
            switch ready {
            case let .success(connection):
                list(names: names, continuation: continuation, on: connection)
            case let .failure(error):
                continuation.resume(returning: .failure(error))
            }
        }
    }

    private func list(names: [String], continuation: ListContinuation, on connection: Connection) {
        let id = takeID()
        do {
            try connection.send(.listToolsRequest(ListToolsRequest(requestID: id, names: names)))
            listings[id] = continuation
        } catch {
            continuation.resume(returning: .failure(MeshError(code: .invalidArgument, message: "\(error)")))
        }
    }

    func shutdown() {
        let connection: Connection?
        switch state {
        case let .ready(open), let .handshaking(open): connection = open
        default: connection = nil
        }
        state = .closed
        heartbeat?.stop()
        heartbeat = nil
        failEverything(MeshError(code: .cancelled, message: "client closed"))
        connection?.close(flushing: false)
    }

    // MARK: - Connection

    private func connect() {
        loop.connect(to: options.address, limits: options.limits) { [self] result in
            switch result {
            case let .success(connection):
                guard case .connecting = state else {
                    connection.close(flushing: false)
                    return
                }
                connection.delegate = self
                state = .handshaking(connection)
                try? connection.send(.hello(Hello(peerKind: .client, token: options.token, peerName: options.name,
                                                  agent: "toolmesh-swift/0.1.0")))
            case let .failure(error):
                connectionLost(MeshError(code: .unavailable, message: "cannot reach router at \(options.address): \(error)"))
            }
        }
    }

    func connection(_ connection: Connection, didReceive envelope: Envelope) {
        switch (state, envelope) {
        case let (.handshaking, .welcome(welcome)):
            state = .ready(connection)
            heartbeat?.stop()
            heartbeat = Heartbeat(connection: connection, intervalMs: UInt64(welcome.heartbeatIntervalMs),
                                  timeoutMs: UInt64(welcome.heartbeatTimeoutMs))
            failures = 0
            let waiting = waitingForReady
            waitingForReady = []
            for work in waiting {
                work(.success(connection))
            }
        case let (_, .protocolError(error)):
            connectionLost(MeshError(code: error.code, message: error.message))
            connection.close(flushing: false)
        case let (.ready, .result(result)):
            calls.removeValue(forKey: result.callID)?.resume(returning: .success(result))
        case let (.ready, .listToolsResponse(response)):
            listings.removeValue(forKey: response.requestID)?.resume(returning: .success(response))
        case let (.ready, .ping(ping)):
            try? connection.send(.pong(Pong(nonce: ping.nonce)))
        default:
            break
        }
    }

    func connectionDidClose(_ connection: Connection, error: TransportError?) {
        switch state {
        case let .ready(current), let .handshaking(current):
            guard current === connection else { return }
            connectionLost(MeshError(code: .unavailable,
                                     message: "connection to router lost" + (error.map { ": \($0)" } ?? "")))
        default:
            break
        }
    }

    /// Fails what is in flight and schedules the next connection attempt's earliest time.
    private func connectionLost(_ error: MeshError) {
        heartbeat?.stop()
        heartbeat = nil
        if case .closed = state { return }
        state = .idle
        failures += 1
        let backoff = min(5_000, 100 << min(failures - 1, 6))
        retryAt = failures > 1 ? loop.now + UInt64(backoff) : 0
        failEverything(error)
    }

    private func failEverything(_ error: MeshError) {
        let waiting = waitingForReady
        waitingForReady = []
        for work in waiting { work(.failure(error)) }
        let pendingCalls = calls
        calls = [:]
        for (_, continuation) in pendingCalls { continuation.resume(returning: .failure(error)) }
        let pendingListings = listings
        listings = [:]
        for (_, continuation) in pendingListings { continuation.resume(returning: .failure(error)) }
    }

    private func takeID() -> UInt64 {
        defer { nextID += 1 }
        return nextID
    }
}
