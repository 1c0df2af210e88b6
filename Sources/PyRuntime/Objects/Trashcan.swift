import Glibc

/// Deallocates deeply nested values without deep Swift recursion.
///
/// Releasing `[[[…]]]` a million levels deep would otherwise recurse once per level in
/// the containers' deinitializers and overflow the host's stack (CPython's "trashcan"
/// solves the same problem). Containers hand their storage to `drop`; past a small depth
/// the storage is parked and released later from the outermost `drop`, iteratively.
enum Trashcan {
    private static let maxDepth = 64

    /// Releases an array's elements, deferring when already deep; empty arrays cost nothing.
    @inline(__always)
    static func drop<Element>(_ storage: inout [Element], empty: [Element]) {
        if storage.isEmpty { return }
        dropNonEmpty(&storage, empty: empty)
    }

    /// Releases an optional's value, deferring when already deep; `nil` costs nothing.
    @inline(__always)
    static func drop<Wrapped>(_ storage: inout Wrapped?, empty: Wrapped?) {
        if storage == nil { return }
        dropNonEmpty(&storage, empty: empty)
    }

    /// Releases `storage` (by replacing it with `empty`), deferring when already deep.
    static func drop<T>(_ storage: inout T, empty: T) {
        dropNonEmpty(&storage, empty: empty)
    }

    private static func dropNonEmpty<T>(_ storage: inout T, empty: T) {
        let state = TrashcanState.current
        if state.depth >= maxDepth {
            let parked = storage
            storage = empty
            state.pending.append(parked)
            return
        }
        state.depth += 1
        storage = empty
        state.depth -= 1
        guard state.depth == 0, !state.draining else { return }
        state.draining = true
        while !state.pending.isEmpty {
            state.depth += 1
            // Releasing the parked storage here may park more; the loop takes those too.
            state.pending.removeLast()
            state.depth -= 1
        }
        state.draining = false
    }
}

/// Per-thread trashcan bookkeeping (interpreters may run on several threads).
final class TrashcanState {
    var depth = 0
    var draining = false
    var pending: [Any] = []

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<TrashcanState>.fromOpaque(pointer).release()
        }
        return key
    }()

    static var current: TrashcanState {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<TrashcanState>.fromOpaque(pointer).takeUnretainedValue()
        }
        let state = TrashcanState()
        pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
        return state
    }
}
