import Synchronization

/// Holds tasks until it is opened; once open, it lets every waiter and later arrival through.
///
/// The router-memory benchmark parks calls in a worker with it, so they stay in flight for as
/// long as the measurement needs.
final class Gate: Sendable {
    private struct State {
        var isOpen = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Returns once the gate is open.
    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let passes = state.withLock { state -> Bool in
                if state.isOpen { return true }
                state.waiters.append(continuation)
                return false
            }
            if passes {
                continuation.resume()
            }
        }
    }

    /// Opens the gate and releases every waiter. Calling it again is harmless.
    func open() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.isOpen = true
            defer { state.waiters = [] }
            return state.waiters
        }
        // Resumed outside the lock: a resumed task may run at once and must not find it held.
        for waiter in waiters {
            waiter.resume()
        }
    }
}
