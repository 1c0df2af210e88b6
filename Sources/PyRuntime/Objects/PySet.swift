/// A Python `set` or `frozenset`.
///
/// The table follows CPython's `setobject.c` (linear probes of 9, then perturbed probing;
/// growth at 3/5 fill) so iteration order, and therefore printed output, matches CPython's
/// for the same insertions (ints hash to themselves, so `{3, 1, 2}` prints `{1, 2, 3}`).
final class PySet: PyObject {
    private enum Slot {
        case empty
        case dummy
        case active(Value, Int)
    }

    private var table: [Slot] = Array(repeating: .empty, count: 8)
    /// Active plus dummy slots.
    private var fill = 0
    /// Live elements (`len(s)`).
    private(set) var count = 0
    /// Whether this is a `frozenset`.
    var isFrozen: Bool { type.isSubtype(of: BuiltinTypes.frozenset) }

    private static let linearProbes = 9

    init(frozen: Bool = false) {
        super.init(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
    }

    init(type: PyType) { super.init(type: type) }

    deinit { Trashcan.drop(&table, empty: []) }

    /// The elements in table order (CPython's iteration order).
    var elements: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for slot in table { if case .active(let v, _) = slot { result.append(v) } }
        return result
    }

    /// The table size, for iterators that walk it by position.
    var tableSize: Int { table.count }

    /// The element at table position `i`, or `nil`.
    func element(at i: Int) -> Value? {
        guard i < table.count, case .active(let v, _) = table[i] else { return nil }
        return v
    }

    /// Whether `key` is an element.
    func contains(_ key: Value, vm: VM) throws(PyError) -> Bool {
        let hash = try vm.hash(key)
        return try find(key, hash: hash, vm: vm) != nil
    }

    private func find(_ key: Value, hash: Int, vm: VM) throws(PyError) -> Int? {
        let mask = table.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                switch table[j] {
                case .empty: return nil
                case .dummy: break
                case .active(let candidate, let h):
                    if h == hash, try vm.keysEqual(candidate, key) { return j }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Adds `key` (no effect when present).
    func add(_ key: Value, vm: VM) throws(PyError) {
        let hash = try vm.hash(key)
        try add(key, hash: hash, vm: vm)
    }

    private func add(_ key: Value, hash: Int, vm: VM) throws(PyError) {
        let mask = table.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot: Int?
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                switch table[j] {
                case .empty:
                    if let free = freeSlot {
                        table[free] = .active(key, hash)
                        count += 1
                        return
                    }
                    table[j] = .active(key, hash)
                    fill += 1
                    count += 1
                    if fill * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
                    return
                case .dummy:
                    if freeSlot == nil { freeSlot = j }
                case .active(let candidate, let h):
                    if h == hash, try vm.keysEqual(candidate, key) { return }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Removes `key`; returns whether it was present.
    @discardableResult
    func remove(_ key: Value, vm: VM) throws(PyError) -> Bool {
        let hash = try vm.hash(key)
        guard let j = try find(key, hash: hash, vm: vm) else { return false }
        table[j] = .dummy
        count -= 1
        return true
    }

    /// Removes and returns an arbitrary element (CPython's `set.pop` order).
    func popFirst() -> Value? {
        for j in table.indices {
            if case .active(let v, _) = table[j] {
                table[j] = .dummy
                count -= 1
                return v
            }
        }
        return nil
    }

    /// Empties the set.
    func removeAll() {
        table = Array(repeating: .empty, count: 8)
        fill = 0
        count = 0
    }

    private func resize(_ minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let old = table
        table = Array(repeating: .empty, count: size)
        fill = count
        let mask = size - 1
        for slot in old {
            guard case .active(let v, let hash) = slot else { continue }
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            placement: while true {
                if case .empty = table[i] { table[i] = .active(v, hash); break placement }
                if i + PySet.linearProbes <= mask {
                    for j in (i + 1)...(i + PySet.linearProbes) {
                        if case .empty = table[j] { table[j] = .active(v, hash); break placement }
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }
}
