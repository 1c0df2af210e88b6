import MeshProtocol
import MeshTransport
import Synchronization

// Helpers shared by the test targets that run real connections.

/// Records what a connection delivers; readable from the test's thread.
public final class Probe: ConnectionDelegate, @unchecked Sendable {
    public struct State {
        public var envelopes: [Envelope] = []
        public var closed = false
        public var closeError: TransportError?
    }

    public let state = Mutex(State())
    /// Runs on the loop thread for each envelope, e.g. to answer it.
    let onEnvelope: (@Sendable (Connection, Envelope) -> Void)?

    public init(onEnvelope: (@Sendable (Connection, Envelope) -> Void)? = nil) {
        self.onEnvelope = onEnvelope
    }

    public func connection(_ connection: Connection, didReceive envelope: Envelope) {
        state.withLock { $0.envelopes.append(envelope) }
        onEnvelope?(connection, envelope)
    }

    public func connectionDidClose(_ connection: Connection, error: TransportError?) {
        state.withLock {
            $0.closed = true
            $0.closeError = error
        }
    }

    public var envelopes: [Envelope] { state.withLock { $0.envelopes } }
    public var closed: Bool { state.withLock { $0.closed } }
    public var closeError: TransportError? { state.withLock { $0.closeError } }
}

/// Polls `condition` every millisecond until it holds or `seconds` pass.
public func eventually(_ seconds: Double = 5, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(1))
    }
    return condition()
}

/// Runs `body` on the loop thread and returns its result.
public func onLoop<T: Sendable>(_ loop: EventLoop, _ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let accepted = loop.execute {
            continuation.resume(with: Result { try body() })
        }
        if !accepted {
            continuation.resume(throwing: TransportError.loopShutDown)
        }
    }
}

/// Probes kept alive as long as the list: connections hold their delegates weakly.
public final class ProbeList: Sendable {
    public let probes = Mutex<[Probe]>([])
    public init() {}
}
