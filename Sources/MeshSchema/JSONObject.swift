/// A JSON object: members with unique keys, in document order.
///
/// Order matters to ToolMesh: the order of a schema's `properties` is the order of a tool's
/// positional arguments. Keys are unique: setting an existing key replaces its value in place,
/// keeping the key's first position, which is what Python's `json.loads` does with a duplicate
/// key (`{"a": 1, "b": 2, "a": 3}` becomes `{"a": 3, "b": 2}`).
///
/// Equality and hashing ignore order (JSON Schema equality, and Python's dict equality).
/// Lookups are O(1) on large objects: an index is kept beyond a few members, so hostile input
/// with many keys cannot make parsing or validation quadratic.
public struct JSONObject: Sendable {
    /// The members in document order; keys are unique.
    public private(set) var members: [(key: String, value: JSONValue)]
    /// Position of each key in `members`, kept only once the object outgrows a linear scan.
    private var index: [String: Int]?

    /// Objects up to this size are searched linearly; an index costs more than it saves.
    private static let linearSearchLimit = 8

    /// An empty object.
    public init() {
        members = []
        index = nil
    }

    /// An object with these members in order; a repeated key keeps its first position and its
    /// last value.
    public init(_ members: some Sequence<(key: String, value: JSONValue)>) {
        self.init()
        for member in members {
            self[member.key] = member.value
        }
    }

    /// The number of members.
    public var count: Int { members.count }

    /// True when the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// The position of `key` in ``members``, or nil.
    public func position(of key: String) -> Int? {
        if let index { return index[key] }
        return members.firstIndex { $0.key == key }
    }

    /// True when a member named `key` exists.
    public func contains(_ key: String) -> Bool {
        position(of: key) != nil
    }

    /// The value of the member named `key`; setting replaces the value in place or appends a new
    /// member, setting nil removes the member (O(n): later members move up).
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = position(of: key) else { return nil }
            return members[position].value
        }
        set {
            if let newValue {
                setValue(newValue, forKey: key)
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Replaces the value of `key` in place, or appends a new member.
    public mutating func setValue(_ value: JSONValue, forKey key: String) {
        if let position = position(of: key) {
            members[position].value = value
            return
        }
        members.append((key: key, value: value))
        if index != nil {
            index?[key] = members.count - 1
        } else if members.count > Self.linearSearchLimit {
            buildIndex()
        }
    }

    /// Removes the member named `key`; returns its value, or nil when there was none.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let position = position(of: key) else { return nil }
        let removed = members.remove(at: position).value
        if members.count > Self.linearSearchLimit {
            buildIndex()
        } else {
            index = nil
        }
        return removed
    }

    private mutating func buildIndex() {
        var built: [String: Int] = [:]
        built.reserveCapacity(members.count)
        for (position, member) in members.enumerated() {
            built[member.key] = position
        }
        index = built
    }
}

extension JSONObject: Hashable {
    /// Same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for member in lhs.members {
            guard let other = rhs[member.key], other == member.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-member hashes with a commutative operation.
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member.key)
            memberHasher.combine(member.value)
            combined = combined &+ memberHasher.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
