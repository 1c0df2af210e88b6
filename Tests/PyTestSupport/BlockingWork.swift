import Foundation

/// Runs blocking work (an interpreter run, a child process) on a thread of its own, at most
/// two at a time, while the awaiting test holds no thread of Swift's cooperative pool: tests
/// of real processes that wait with timeouts need that pool, and a 2-core runner has only
/// two of its threads.
public func runBlocking<T: Sendable>(stackSize: Int = 16 << 20, _ body: @escaping @Sendable () -> T) async -> T {
    await blockingSlots.acquire()
    let value = await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
        let thread = Thread { continuation.resume(returning: body()) }
        thread.stackSize = stackSize
        thread.start()
    }
    await blockingSlots.release()
    return value
}

private let blockingSlots = AsyncSemaphore(2)

/// A counting semaphore for tasks: `acquire` suspends instead of blocking a thread.
actor AsyncSemaphore {
    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { available = count }

    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
