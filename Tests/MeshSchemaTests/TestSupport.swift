import Foundation
import MeshSchema

/// Runs `body` on a new thread with a small stack and returns its result, so tests prove that
/// deep input is handled within the stack a server thread might have.
func onThread<T: Sendable>(stackSize: Int = 512 * 1024, _ body: @escaping @Sendable () -> T) -> T? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.store(body())
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return box.load()
}

/// A value handed from one thread to another under a lock.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func store(_ newValue: T) {
        lock.withLock { value = newValue }
    }

    func load() -> T? {
        lock.withLock { value }
    }
}

/// Deterministic random numbers for fuzzing (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Parses test JSON that is known to be valid; `nil` when it is not, so a bad fixture fails
/// the test instead of trapping.
func json(_ text: String) -> JSONValue? {
    try? JSONValue(parsing: text)
}

/// The parse error for `bytes`, or nil when they parse.
func parseError(_ bytes: [UInt8], options: JSONParseOptions = JSONParseOptions()) -> JSONParseError? {
    do {
        _ = try JSONValue(parsing: bytes, options: options)
        return nil
    } catch {
        return error
    }
}

/// The parse error for `text`, or nil when it parses.
func parseError(_ text: String, options: JSONParseOptions = JSONParseOptions()) -> JSONParseError? {
    parseError(Array(text.utf8), options: options)
}

/// `depth` nested arrays around `inner`.
func nestedArrays(_ depth: Int, inner: String = "") -> [UInt8] {
    Array((String(repeating: "[", count: depth) + inner + String(repeating: "]", count: depth)).utf8)
}
