/// A Python `dict`: insertion-ordered, with Python's hashing and equality.
///
/// Entries live in insertion order in parallel arrays (a deleted entry leaves a `nil` key
/// until the next rebuild); `slots` is an open-addressing index into them probed like
/// CPython's (`i = 5*i + 1 + perturb`). Hashing and equality may run user code
/// (`__hash__`/`__eq__`), so lookups take the VM and can throw; `str` keys have fast paths.
final class PyDict: PyObject {
    private(set) var keys: [Value?] = []
    private(set) var values: [Value] = []
    private var hashes: [Int] = []
    /// The identity of each key object, so looking up an interned name compares pointers
    /// without copying (and retaining) the key out of `keys`.
    private var keyIdentities: [ObjectIdentifier?] = []
    private var slots: [Int32] = []
    /// Entries before this storage position are all holes (a hint for `popFirst`).
    private var leadingHoles = 0
    /// Live entries (`len(d)`).
    private(set) var count = 0
    /// Changes on every insertion, deletion and value update (global-lookup caches).
    private(set) var version: UInt64 = 0
    /// `collections.defaultdict`'s `default_factory` (`nil` for other dicts).
    var defaultFactory: Value?

    private static let emptySlot: Int32 = -1
    private static let deletedSlot: Int32 = -2

    init() { super.init(type: BuiltinTypes.dict) }

    deinit {
        Trashcan.drop(&keys, empty: [])
        Trashcan.drop(&values, empty: [])
    }

    init(type: PyType) { super.init(type: type) }

    /// The live entries, in insertion order.
    var entries: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for i in keys.indices { if let k = keys[i] { result.append((k, values[i])) } }
        return result
    }

    /// The entry storage size (for iterators, which walk `0..<entryCapacity` skipping holes).
    var entryCapacity: Int { keys.count }

    /// The entry at storage position `i`, or `nil` for a hole.
    func entry(at i: Int) -> (key: Value, value: Value)? {
        guard i < keys.count, let k = keys[i] else { return nil }
        return (k, values[i])
    }

    // MARK: Lookup

    /// The value for `key`, or `nil`.
    func get(_ key: Value, vm: VM) throws(PyError) -> Value? {
        if case .object(let o) = key, let s = o as? PyStr { return get(s) }
        let hash = try vm.hash(key)
        guard let entry = try find(key, hash: hash, vm: vm) else { return nil }
        return values[entry]
    }

    /// The value for a `str` key, or `nil` (never runs user code).
    func get(_ key: PyStr) -> Value? {
        entryIndex(of: key).map { values[$0] }
    }

    /// The entry holding a `str` key. Names are interned, so identity usually decides
    /// without a cast.
    private func entryIndex(of key: PyStr) -> Int? {
        probeEntries(hash: key.hashValue) { e in
            keyIdentities[e] == ObjectIdentifier(key) || (keys[e]?.asObject as? PyStr)?.equals(key) == true ? e : nil
        }
    }

    /// What a lookup by interned identity found.
    enum InternedLookup {
        case found(Value)
        case absent
        /// A `str` key with the same hash but another identity: compare texts instead.
        case unsure
    }

    /// Looks up an interned name by identity and hash, without touching any key object.
    @inline(__always)
    func lookup(identity: ObjectIdentifier, hash: Int) -> InternedLookup {
        probeEntries(hash: hash) { e in keyIdentities[e] == identity ? .found(values[e]) : .unsure } ?? .absent
    }

    /// Replaces the value of an interned name found by identity; `false` when the caller
    /// must take the general path.
    @inline(__always)
    func replace(identity: ObjectIdentifier, hash: Int, with value: Value) -> Bool {
        probeEntries(hash: hash) { e in
            guard keyIdentities[e] == identity else { return false }
            values[e] = value
            version &+= 1
            return true
        } ?? false
    }

    /// The value for a Swift string key.
    func get(_ key: String) -> Value? { get(PyStr(key)) }

    /// Whether the key is present.
    func contains(_ key: Value, vm: VM) throws(PyError) -> Bool { try get(key, vm: vm) != nil }

    private func find(_ key: Value, hash: Int, vm: VM) throws(PyError) -> Int? {
        try probeEntries(hash: hash) { (e) throws(PyError) -> Int? in
            guard let candidate = keys[e], try vm.keysEqual(candidate, key) else { return nil }
            return e
        }
    }

    /// Walks `hash`'s probe sequence, calling `visit` with each live entry of that hash
    /// until it returns a result; `nil` once an empty slot ends the walk.
    @inline(__always)
    private func probeEntries<Result, Failure: Error>(hash: Int, _ visit: (Int) throws(Failure) -> Result?) throws(Failure) -> Result? {
        guard !slots.isEmpty else { return nil }
        var probe = ProbeSequence(hash: hash, mask: slots.count - 1)
        while true {
            let slot = slots[probe.index]
            if slot == PyDict.emptySlot { return nil }
            if slot >= 0, hashes[Int(slot)] == hash, let result = try visit(Int(slot)) { return result }
            probe.advance()
        }
    }

    // MARK: Mutation

    /// `d[key] = value`.
    func set(_ key: Value, _ value: Value, vm: VM) throws(PyError) {
        let hash = try vm.hash(key)
        if let e = try find(key, hash: hash, vm: vm) {
            values[e] = value
            version &+= 1
            return
        }
        insertNew(key, hash: hash, value: value)
    }

    /// `d[key] = value` for a `str` key.
    func set(_ key: PyStr, _ value: Value) {
        if let e = entryIndex(of: key) {
            values[e] = value
            version &+= 1
            return
        }
        insertNew(.object(key), hash: key.hashValue, value: value)
    }

    /// `d[key] = value` for a Swift string key.
    func set(_ key: String, _ value: Value) { set(PyStr(key), value) }

    /// Removes `key`, returning its value, or `nil` when absent.
    @discardableResult
    func remove(_ key: Value, vm: VM) throws(PyError) -> Value? {
        let hash = try vm.hash(key)
        guard let e = try find(key, hash: hash, vm: vm) else { return nil }
        return removeEntry(e, hash: hash)
    }

    /// Removes and returns the last entry (`popitem`).
    func popLast() -> (key: Value, value: Value)? {
        var e = keys.count - 1
        while e >= 0, keys[e] == nil { e -= 1 }
        guard e >= 0, let key = keys[e] else { return nil }
        let value = values[e]
        _ = removeEntry(e, hash: hashes[e])
        return (key, value)
    }

    /// Removes and returns the first entry (`OrderedDict.popitem(last=False)`). The holes
    /// this leaves at the front are compacted once they outnumber the live entries, so
    /// popping every entry from the front takes linear time in all.
    func popFirst() -> (key: Value, value: Value)? {
        var e = min(leadingHoles, keys.count)
        while e < keys.count, keys[e] == nil { e += 1 }
        guard e < keys.count, let key = keys[e] else { return nil }
        let value = values[e]
        _ = removeEntry(e, hash: hashes[e])
        leadingHoles = e + 1
        if leadingHoles > count { rebuild(minimumCount: count) }
        return (key, value)
    }

    /// Moves the entry of `key` to the end of the order, or to the front
    /// (`OrderedDict.move_to_end`); `false` when the key is absent. Moving to the front
    /// rebuilds the table.
    func move(_ key: Value, toEnd: Bool, vm: VM) throws(PyError) -> Bool {
        let hash = try vm.hash(key)
        guard let e = try find(key, hash: hash, vm: vm), let storedKey = keys[e] else { return false }
        let value = removeEntry(e, hash: hash)
        insertNew(storedKey, hash: hash, value: value)
        if !toEnd, count > 1 {
            let last = keys.count - 1
            keys.insert(keys.remove(at: last), at: 0)
            values.insert(values.remove(at: last), at: 0)
            hashes.insert(hashes.remove(at: last), at: 0)
            keyIdentities.insert(keyIdentities.remove(at: last), at: 0)
            rebuild(minimumCount: count)
        }
        return true
    }

    /// Empties the dict.
    func removeAll() {
        keys = []
        leadingHoles = 0
        values = []
        hashes = []
        keyIdentities = []
        slots = []
        count = 0
        version &+= 1
    }

    private func removeEntry(_ e: Int, hash: Int) -> Value {
        var probe = ProbeSequence(hash: hash, mask: slots.count - 1)
        while slots[probe.index] != Int32(e) { probe.advance() }
        slots[probe.index] = PyDict.deletedSlot
        let value = values[e]
        keys[e] = nil
        keyIdentities[e] = nil
        values[e] = .none
        count -= 1
        version &+= 1
        // Drop trailing holes so append-then-pop workloads do not grow the arrays.
        while let last = keys.last, last == nil {
            keys.removeLast()
            values.removeLast()
            hashes.removeLast()
            keyIdentities.removeLast()
        }
        leadingHoles = min(leadingHoles, keys.count)
        return value
    }

    private func insertNew(_ key: Value, hash: Int, value: Value) {
        if (keys.count + 1) * 3 > slots.count * 2 { rebuild(minimumCount: count + 1) }
        var probe = ProbeSequence(hash: hash, mask: slots.count - 1)
        while slots[probe.index] >= 0 { probe.advance() }
        slots[probe.index] = Int32(keys.count)
        keys.append(key)
        values.append(value)
        hashes.append(hash)
        keyIdentities.append(key.asObject.map(ObjectIdentifier.init))
        count += 1
        version &+= 1
    }

    private func rebuild(minimumCount: Int) {
        var size = 8
        while size * 2 < minimumCount * 3 + 3 { size *= 2 }
        var newKeys: [Value?] = []
        var newValues: [Value] = []
        var newHashes: [Int] = []
        var newIdentities: [ObjectIdentifier?] = []
        newIdentities.reserveCapacity(count)
        newKeys.reserveCapacity(count)
        newValues.reserveCapacity(count)
        newHashes.reserveCapacity(count)
        for e in keys.indices {
            if let k = keys[e] {
                newKeys.append(k)
                newValues.append(values[e])
                newHashes.append(hashes[e])
                newIdentities.append(keyIdentities[e])
            }
        }
        keys = newKeys
        leadingHoles = 0
        values = newValues
        hashes = newHashes
        keyIdentities = newIdentities
        slots = [Int32](repeating: PyDict.emptySlot, count: size)
        for e in hashes.indices {
            var probe = ProbeSequence(hash: hashes[e], mask: size - 1)
            while slots[probe.index] >= 0 { probe.advance() }
            slots[probe.index] = Int32(e)
        }
    }
}

/// CPython's open-addressing probe order: `i = 5*i + 1 + perturb`, `perturb >>= 5`.
struct ProbeSequence {
    private(set) var index: Int
    private var perturb: UInt
    private let mask: Int

    @inline(__always)
    init(hash: Int, mask: Int) {
        self.mask = mask
        index = hash & mask
        perturb = UInt(bitPattern: hash)
    }

    @inline(__always)
    mutating func advance() {
        perturb >>= 5
        index = (index &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }
}
