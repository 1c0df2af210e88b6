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
    /// Live entries (`len(d)`).
    private(set) var count = 0
    /// Changes on every insertion, deletion and value update (global-lookup caches).
    private(set) var version: UInt64 = 0

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
        guard !slots.isEmpty else { return nil }
        let hash = key.hashValue
        let mask = slots.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = slots[i]
            if slot == PyDict.emptySlot { return nil }
            if slot >= 0 {
                let e = Int(slot)
                if hashes[e] == hash {
                    // Names are interned, so identity usually decides without a cast.
                    if keyIdentities[e] == ObjectIdentifier(key) { return values[e] }
                    if case .object(let o)? = keys[e], let s = o as? PyStr, s.equals(key) { return values[e] }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
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
        guard !slots.isEmpty else { return .absent }
        let mask = slots.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = slots[i]
            if slot == PyDict.emptySlot { return .absent }
            if slot >= 0 {
                let e = Int(slot)
                if hashes[e] == hash {
                    if keyIdentities[e] == identity { return .found(values[e]) }
                    return .unsure
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Replaces the value of an interned name found by identity; `false` when the caller
    /// must take the general path.
    @inline(__always)
    func replace(identity: ObjectIdentifier, hash: Int, with value: Value) -> Bool {
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = slots[i]
            if slot == PyDict.emptySlot { return false }
            if slot >= 0 {
                let e = Int(slot)
                if hashes[e] == hash {
                    guard keyIdentities[e] == identity else { return false }
                    values[e] = value
                    version &+= 1
                    return true
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// The value for a Swift string key.
    func get(_ key: String) -> Value? { get(PyStr(key)) }

    /// Whether the key is present.
    func contains(_ key: Value, vm: VM) throws(PyError) -> Bool { try get(key, vm: vm) != nil }

    private func find(_ key: Value, hash: Int, vm: VM) throws(PyError) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let slot = slots[i]
            if slot == PyDict.emptySlot { return nil }
            if slot >= 0 {
                let e = Int(slot)
                if hashes[e] == hash, let candidate = keys[e], try vm.keysEqual(candidate, key) {
                    return e
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
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
        if !slots.isEmpty {
            let hash = key.hashValue
            let mask = slots.count - 1
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                let slot = slots[i]
                if slot == PyDict.emptySlot { break }
                if slot >= 0 {
                    let e = Int(slot)
                    if hashes[e] == hash, keyIdentities[e] == ObjectIdentifier(key)
                        || (keys[e]?.asObject as? PyStr)?.equals(key) == true {
                        values[e] = value
                        version &+= 1
                        return
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
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

    /// Empties the dict.
    func removeAll() {
        keys = []
        values = []
        hashes = []
        keyIdentities = []
        slots = []
        count = 0
        version &+= 1
    }

    private func removeEntry(_ e: Int, hash: Int) -> Value {
        let mask = slots.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while slots[i] != Int32(e) {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        slots[i] = PyDict.deletedSlot
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
        return value
    }

    private func insertNew(_ key: Value, hash: Int, value: Value) {
        if (keys.count + 1) * 3 > slots.count * 2 { rebuild(minimumCount: count + 1) }
        let mask = slots.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while slots[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        slots[i] = Int32(keys.count)
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
        values = newValues
        hashes = newHashes
        keyIdentities = newIdentities
        slots = [Int32](repeating: PyDict.emptySlot, count: size)
        let mask = size - 1
        for e in hashes.indices {
            var i = hashes[e] & mask
            var perturb = UInt(bitPattern: hashes[e])
            while slots[i] >= 0 {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            slots[i] = Int32(e)
        }
    }
}
