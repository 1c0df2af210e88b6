import MeshProtocol

/// The router's logic as a state machine without I/O or clocks.
///
/// The driver reports connections, envelopes, disconnections and the passage of time (in
/// milliseconds of any monotonic clock), then performs the ``RouterAction``s taken with
/// ``takeActions()``. Because nothing here reads a clock or touches a socket, tests control
/// time exactly and run the whole routing logic in memory. Not thread-safe: one driver
/// thread (the event loop) owns it.
///
/// The behaviour implemented is the contract of `docs/protocol.md`: handshake checks,
/// all-or-nothing registration, least-outstanding balancing within concurrency limits, a
/// bounded FIFO queue per tool, deadlines, cancellation, leases and failover, with exactly one
/// result for every call.
public final class RouterCore {
    let configuration: RouterConfiguration
    var peers: [PeerID: PeerState] = [:]
    var tools: [String: ToolEntry] = [:]
    var calls: [CallKey: CallState] = [:]
    var timers = DeadlineHeap<TimerKey>()
    var actions: [RouterAction] = []
    var events: [RouterEvent] = []
    /// Whether to collect ``RouterEvent``s for the driver's logs (off: tests that never take
    /// them should not accumulate them).
    public var recordsEvents = false
    var leaseSweepScheduled = false
    /// The time of the event being handled, as the driver reported it.
    var now: UInt64 = 0
    /// Set by ``beginDrain(graceMs:now:)``: the router is shutting down.
    public private(set) var isDraining = false

    public init(configuration: RouterConfiguration) {
        self.configuration = configuration
    }

    /// The actions produced since the last call, in order.
    public func takeActions() -> [RouterAction] {
        defer { actions.removeAll(keepingCapacity: true) }
        return actions
    }

    /// The events recorded since the last call, in order.
    public func takeEvents() -> [RouterEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    func record(_ event: @autoclosure () -> RouterEvent) {
        if recordsEvents { events.append(event()) }
    }

    /// The earliest time at which ``advance(to:)`` has work to do, if any.
    public var nextWakeup: UInt64? { timers.earliest }

    /// Number of calls accepted and not yet answered (for metrics and tests).
    public var pendingCallCount: Int { calls.count }

    /// A new connection; it must send `Hello` within the handshake timeout.
    public func connected(_ peer: PeerID, address: String, now: UInt64) {
        self.now = max(self.now, now)
        peers[peer] = PeerState(address: address, now: now)
        timers.insert(now + configuration.handshakeTimeoutMs, .handshake(peer))
        if !leaseSweepScheduled {
            leaseSweepScheduled = true
            timers.insert(now + UInt64(configuration.heartbeatIntervalMs), .leaseSweep)
        }
    }

    /// An envelope from `peer`.
    public func received(_ envelope: Envelope, from peer: PeerID, now: UInt64) {
        self.now = max(self.now, now)
        guard let state = peers[peer] else { return }
        state.lastHeard = self.now
        switch (state.role, envelope) {
        case (.handshaking, .hello(let hello)):
            handleHello(hello, from: peer, state: state)
        case (.handshaking, _):
            violation(peer, .failedPrecondition, "expected Hello as the first frame, got \(envelope.messageName)")
        case (_, .ping(let ping)):
            send(.pong(Pong(nonce: ping.nonce)), to: peer)
        case (_, .pong):
            break
        case (_, .listToolsRequest(let request)):
            send(.listToolsResponse(listTools(request)), to: peer)
        case (_, .protocolError):
            // The peer closes after sending it; forget it now.
            forget(peer)
            actions.append(.close(peer))
        case (.client, .call(let call)):
            handleCall(call, from: peer)
        case (.client, .cancel(let cancel)):
            handleCancel(CallKey(client: peer, callID: cancel.callID))
        case (.worker(let worker), .register(let register)):
            handleRegister(register, from: peer, worker: worker)
        case (.worker(let worker), .result(let result)):
            handleResult(result, from: peer, worker: worker)
        case (.worker(let worker), .drain):
            handleDrain(from: peer, worker: worker)
        case (.client, _), (.worker, _):
            violation(peer, .failedPrecondition, "\(envelope.messageName) is not allowed from a \(state.roleName)")
        }
    }

    /// Starts the router's shutdown: every peer is sent `Drain`, new calls are answered
    /// UNAVAILABLE, calls in flight go on. The driver closes everything once
    /// ``pendingCallCount`` reaches 0 or `graceMs` has passed.
    public func beginDrain(graceMs: UInt64, now: UInt64) {
        self.now = max(self.now, now)
        guard !isDraining else { return }
        isDraining = true
        for peer in peers.keys.sorted() {
            send(.drain(Drain(reason: "router is shutting down", graceMs: graceMs)), to: peer)
        }
        for entry in tools.values {
            failQueue(of: entry, code: .unavailable, message: "router is shutting down")
        }
    }

    /// `peer`'s connection closed or failed.
    public func disconnected(_ peer: PeerID, now: UInt64) {
        self.now = max(self.now, now)
        forget(peer)
    }

    /// Sends `ProtocolError` and closes: the peer broke the protocol.
    func violation(_ peer: PeerID, _ code: StatusCode, _ message: String) {
        send(.protocolError(ProtocolError(code: code, message: message)), to: peer)
        actions.append(.close(peer))
        forget(peer)
    }

    func send(_ envelope: Envelope, to peer: PeerID) {
        actions.append(.send(envelope, to: peer))
    }
}

extension PeerState {
    var roleName: String {
        switch role {
        case .handshaking: "peer that has not said Hello"
        case .client: "client"
        case .worker: "worker"
        }
    }
}
