import CLibUV

/// Waits for process signals such as SIGTERM, with the handlers installed before
/// ``install(_:)`` returns.
///
/// A server must install its handlers before it announces readiness: a signal that arrives
/// in between would otherwise kill the process or, worse, be ignored. `DispatchSource` signal
/// sources register asynchronously on Linux, leaving exactly that window; libuv's `uv_signal_t`
/// calls `sigaction` synchronously. The waiter runs its own small event loop.
public final class SignalWaiter: Sendable {
    private struct State {
        var received: Int32?
        var waiting: CheckedContinuation<Int32, Never>?
    }

    private let loop: EventLoop
    private let state = Locked(State())

    private init(loop: EventLoop) {
        self.loop = loop
    }

    /// Installs handlers for `signals`; from the moment this returns, each of them is caught.
    public static func install(_ signals: [Int32]) async throws -> SignalWaiter {
        let waiter = SignalWaiter(loop: try EventLoop())
        let loop = waiter.loop
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let accepted = loop.execute {
                do {
                    for number in signals {
                        try SignalHandle(loop: loop, signal: number) { waiter.deliver(number) }.start()
                    }
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            if !accepted {
                continuation.resume(throwing: TransportError.loopShutDown)
            }
        }
        return waiter
    }

    /// Returns the first signal received (at once if one already arrived), then releases the
    /// handlers. Call once.
    public func wait() async -> Int32 {
        let number = await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let received = state.withLock { state -> Int32? in
                if let received = state.received { return received }
                state.waiting = continuation
                return nil
            }
            if let received {
                continuation.resume(returning: received)
            }
        }
        loop.shutdown()
        return number
    }

    private func deliver(_ number: Int32) {
        let waiting = state.withLock { state -> CheckedContinuation<Int32, Never>? in
            guard state.received == nil else { return nil }
            state.received = number
            defer { state.waiting = nil }
            return state.waiting
        }
        waiting?.resume(returning: number)
    }
}

/// One `uv_signal_t`, closed with its loop.
private final class SignalHandle: LoopResource {
    private let loop: EventLoop
    private let number: Int32
    private let callback: () -> Void
    private var handle: UnsafeMutablePointer<uv_signal_t>?

    init(loop: EventLoop, signal number: Int32, callback: @escaping () -> Void) {
        self.loop = loop
        self.number = number
        self.callback = callback
    }

    func start() throws(TransportError) {
        let handle = UnsafeMutablePointer<uv_signal_t>.allocate(capacity: 1)
        uv_signal_init(loop.uv, handle)
        handle.pointee.data = Unmanaged.passRetained(self).toOpaque()
        self.handle = handle
        loop.register(self)
        let status = uv_signal_start(handle, { handle, _ in
            guard let data = handle?.pointee.data else { return }
            Unmanaged<SignalHandle>.fromOpaque(data).takeUnretainedValue().callback()
        }, number)
        guard status == 0 else {
            closeForShutdown()
            throw .uv("uv_signal_start(\(number))", status)
        }
    }

    func closeForShutdown() {
        guard let handle else { return }
        self.handle = nil
        loop.unregister(self)
        HandleClosing.close(handle)
    }
}
