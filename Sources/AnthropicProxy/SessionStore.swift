import Foundation

/// Paused programs by container id, each bound to the API key that started it and dropped
/// (its program cancelled) after an idle timeout.
final class SessionStore: @unchecked Sendable {
    struct Entry {
        let session: ProgramSession
        let apiKey: String
        var expiresAt: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    let idleTimeout: TimeInterval

    init(idleTimeout: TimeInterval) {
        self.idleTimeout = idleTimeout
    }

    /// Stores a paused session under a new container id; returns the id and its expiry.
    func add(_ session: ProgramSession, apiKey: String) -> (id: String, expiresAt: Date) {
        sweep()
        let id = "container_" + Self.randomHex(24)
        let expiry = Date().addingTimeInterval(idleTimeout)
        lock.withLock { entries[id] = Entry(session: session, apiKey: apiKey, expiresAt: expiry) }
        return (id, expiry)
    }

    /// Takes the session out of the store for a resuming request (it is put back with `keep`
    /// if it pauses again). Unknown, expired, or owned by another key: the matching error.
    func take(_ id: String, apiKey: String) throws(APIError) -> ProgramSession {
        sweep()
        let entry: Entry? = lock.withLock { entries[id] }
        guard let entry else {
            throw .notFound("container '\(id)' was not found; it may have expired (containers expire \(Int(idleTimeout)) s after their last use)")
        }
        guard Self.constantTimeEqual(entry.apiKey, apiKey) else {
            throw .notFound("container '\(id)' was not found")
        }
        lock.withLock { _ = entries.removeValue(forKey: id) }
        return entry.session
    }

    /// Puts a session back under its container id with a fresh expiry.
    func keep(_ session: ProgramSession, id: String, apiKey: String) -> Date {
        let expiry = Date().addingTimeInterval(idleTimeout)
        lock.withLock { entries[id] = Entry(session: session, apiKey: apiKey, expiresAt: expiry) }
        return expiry
    }

    /// Drops expired sessions, cancelling their programs.
    func sweep(now: Date = Date()) {
        let expired: [ProgramSession] = lock.withLock {
            let gone = entries.filter { $0.value.expiresAt <= now }
            for key in gone.keys { entries.removeValue(forKey: key) }
            return gone.values.map(\.session)
        }
        for session in expired { session.cancel() }
    }

    var count: Int { lock.withLock { entries.count } }

    static func randomHex(_ length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in "0123456789abcdef".randomElement(using: &generator) ?? "0" })
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for i in 0..<min(x.count, y.count) { difference |= Int(x[i] ^ y[i]) }
        return difference == 0
    }
}
