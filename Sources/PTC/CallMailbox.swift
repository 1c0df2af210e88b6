import Foundation

/// Hands finished tool calls from the tasks that ran them to the interpreter's thread, which
/// sleeps here while every task of the program waits on a tool.
final class CallMailbox: @unchecked Sendable {
    struct Delivery {
        var id: Int
        var result: ToolCallResult
        /// When the call ended, on the runner's clock.
        var endedAt: Double
    }

    private let condition = NSCondition()
    private var deliveries: [Delivery] = []
    private var cancelled = false

    /// Called from any task when a call ends.
    func post(_ delivery: Delivery) {
        condition.lock()
        deliveries.append(delivery)
        condition.signal()
        condition.unlock()
    }

    /// Asks the run to stop; wakes the interpreter's thread.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.signal()
        condition.unlock()
    }

    /// Waits until at least one call ended, the run was cancelled, or `seconds` passed, then
    /// takes every delivery that is in.
    func take(waitingAtMost seconds: Double) -> (deliveries: [Delivery], cancelled: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if deliveries.isEmpty && !cancelled && seconds > 0 {
            let limit = Date(timeIntervalSinceNow: min(seconds, 86_400))
            while deliveries.isEmpty && !cancelled {
                if !condition.wait(until: limit) { break }
            }
        }
        let taken = deliveries
        deliveries.removeAll()
        return (taken, cancelled)
    }
}
