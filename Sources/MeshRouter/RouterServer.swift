import Logging
import MeshProtocol
import MeshTransport

/// Runs a ``RouterCore`` on an event loop: accepts connections, feeds the core what arrives,
/// performs the actions it returns, and wakes it with one timer at its next deadline.
///
/// Loop-confined after ``start()``; `@unchecked Sendable` so it can be created off the loop and
/// handed to it.
public final class RouterServer: ConnectionDelegate, @unchecked Sendable {
    /// The loop everything runs on.
    public let loop: EventLoop
    private let core: RouterCore
    private let address: SocketAddress
    private let limits: ConnectionLimits
    private let logger: Logger
    private var listener: Listener?
    private var wakeTimer: LoopTimer?
    private var scheduledWakeup: UInt64?
    private var connections: [PeerID: Connection] = [:]
    private var peerIDs: [ObjectIdentifier: PeerID] = [:]
    private var nextPeer: UInt64 = 1
    private var drained: CheckedContinuation<Void, Never>?

    public init(configuration: RouterConfiguration, address: SocketAddress, loop: EventLoop,
                logger: Logger = Logger(label: "toolmesh.router")) {
        self.loop = loop
        self.address = address
        self.logger = logger
        core = RouterCore(configuration: configuration)
        core.recordsEvents = true
        limits = ConnectionLimits(frames: configuration.frameLimits)
    }

    /// Binds the address and starts serving; returns the bound address (the real port when
    /// port 0 was asked for). A host name is resolved first and the first of its addresses
    /// that can be bound is used. Call from any thread.
    public func start() async throws -> SocketAddress {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<SocketAddress, any Error>) in
            let accepted = loop.execute { [self] in
                loop.resolve(address) { [self] result in
                    switch result {
                    case .success(let candidates):
                        continuation.resume(with: Result { try listen(onFirstOf: candidates) })
                    case .failure(let error):
                        continuation.resume(throwing: error)
                    }
                }
            }
            if !accepted {
                continuation.resume(throwing: TransportError.loopShutDown)
            }
        }
    }

    /// Binds the first candidate that can be bound; throws the last failure otherwise.
    private func listen(onFirstOf candidates: [SocketAddress]) throws -> SocketAddress {
        var failure: any Error = TransportError.invalidAddress(address.description, reason: "no address found")
        for candidate in candidates {
            do {
                // Weak: the listener lives in a property, so a strong capture would be a cycle.
                let listener = try Listener(loop: loop, address: candidate, limits: limits) { [weak self] connection in
                    guard let self else {
                        connection.close(flushing: false)
                        return
                    }
                    accept(connection)
                }
                self.listener = listener
                wakeTimer = LoopTimer(loop: loop)
                logger.info("router listening", metadata: ["address": "\(listener.localAddress)"])
                return listener.localAddress
            } catch {
                failure = error
            }
        }
        throw failure
    }

    /// Shuts down gracefully: stops accepting, tells every peer to drain, and returns once no
    /// call is pending or `graceMs` has passed. Call from any thread, once; then shut the loop
    /// down.
    public func drain(graceMs: UInt64) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let accepted = loop.execute { [self] in
                drained = continuation
                listener?.close()
                listener = nil
                core.beginDrain(graceMs: graceMs, now: now)
                let timer = LoopTimer(loop: loop)
                timer.start(afterMs: graceMs) { [self] in
                    timer.close()
                    finishDrain()
                }
                perform()
            }
            if !accepted {
                continuation.resume()
            }
        }
    }

    // MARK: - Loop thread

    private func finishDrain() {
        guard let drained else { return }
        self.drained = nil
        logger.info("router drained", metadata: ["pending_calls": "\(core.pendingCallCount)"])
        drained.resume()
    }

    private var now: UInt64 { loop.now }

    private func accept(_ connection: Connection) {
        let peer = PeerID(nextPeer)
        nextPeer += 1
        connections[peer] = connection
        peerIDs[ObjectIdentifier(connection)] = peer
        connection.delegate = self
        logger.debug("peer connected", metadata: ["peer": "\(peer)", "address": "\(connection.remoteAddress)"])
        core.connected(peer, address: connection.remoteAddress, now: now)
        perform()
    }

    public func connection(_ connection: Connection, didReceive envelope: Envelope) {
        guard let peer = peerIDs[ObjectIdentifier(connection)] else { return }
        core.received(envelope, from: peer, now: now)
        perform()
    }

    public func connectionDidClose(_ connection: Connection, error: TransportError?) {
        guard let peer = peerIDs.removeValue(forKey: ObjectIdentifier(connection)) else { return }
        connections[peer] = nil
        if let error {
            logger.info("peer disconnected", metadata: ["peer": "\(peer)", "error": "\(error)"])
        } else {
            logger.debug("peer disconnected", metadata: ["peer": "\(peer)"])
        }
        core.disconnected(peer, now: now)
        perform()
    }

    /// Carries out the core's actions, then re-arms the wake-up timer.
    private func perform() {
        for action in core.takeActions() {
            switch action {
            case let .send(envelope, to: peer):
                guard let connection = connections[peer] else { continue }
                if case let .protocolError(error) = envelope {
                    logger.notice("protocol violation", metadata: ["peer": "\(peer)", "error": "\(error)"])
                }
                do {
                    try connection.send(envelope)
                } catch {
                    logger.error("cannot encode \(envelope.messageName)", metadata: ["peer": "\(peer)", "error": "\(error)"])
                }
            case let .close(peer):
                connections[peer]?.close(flushing: true)
            }
        }
        for event in core.takeEvents() { log(event) }
        rearm()
        if drained != nil && core.pendingCallCount == 0 {
            finishDrain()
        }
    }

    /// One log record per event: finished calls at debug level when they succeeded and at
    /// info when they failed, workers joining and leaving at info.
    private func log(_ event: RouterEvent) {
        switch event {
        case let .callFinished(call):
            var metadata: Logger.Metadata = [
                "peer": "\(call.client)", "call_id": "\(call.callID)", "tool": "\(call.tool)",
                "code": "\(call.code.name)", "duration_ms": "\(call.durationMs)", "attempts": "\(call.attempts)",
            ]
            if !call.workerID.isEmpty { metadata["worker_id"] = "\(call.workerID)" }
            if call.code == .ok {
                logger.debug("call finished", metadata: metadata)
            } else {
                metadata["message"] = "\(call.message)"
                logger.info("call failed", metadata: metadata)
            }
        case let .workerRegistered(peer, workerID, workerName, tools):
            logger.info("worker registered", metadata: [
                "peer": "\(peer)", "worker_id": "\(workerID)", "worker_name": "\(workerName)",
                "tools": "\(tools.joined(separator: ","))",
            ])
        case let .workerLeft(peer, workerID, inFlight):
            logger.info("worker left", metadata: ["peer": "\(peer)", "worker_id": "\(workerID)", "in_flight": "\(inFlight)"])
        }
    }

    private func rearm() {
        guard let wakeup = core.nextWakeup else {
            if scheduledWakeup != nil {
                wakeTimer?.stop()
                scheduledWakeup = nil
            }
            return
        }
        guard wakeup != scheduledWakeup else { return }
        scheduledWakeup = wakeup
        let delay = wakeup > now ? wakeup - now : 0
        wakeTimer?.start(afterMs: delay) { [self] in
            scheduledWakeup = nil
            core.advance(to: now)
            perform()
        }
    }
}
