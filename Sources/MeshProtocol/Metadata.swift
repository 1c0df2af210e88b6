/// One key/value pair of call metadata, like a gRPC header or trailer.
public struct MetadataEntry: Sendable, Hashable {
    /// Lowercase ASCII (`[a-z0-9._-]+`); keys starting with `toolmesh-` are reserved.
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// Ordered call metadata. A key may occur several times; order is preserved on the wire.
public struct Metadata: Sendable, Hashable {
    /// The entries in wire order.
    public var entries: [MetadataEntry]

    public init(_ entries: [MetadataEntry] = []) {
        self.entries = entries
    }

    /// True when there are no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// The first value stored under `key`, or nil.
    public subscript(key: String) -> String? {
        entries.first { $0.key == key }?.value
    }

    /// Every value stored under `key`, in order.
    public func values(for key: String) -> [String] {
        entries.compactMap { $0.key == key ? $0.value : nil }
    }

    /// Appends an entry, keeping any existing ones with the same key.
    public mutating func append(key: String, value: String) {
        entries.append(MetadataEntry(key: key, value: value))
    }
}

extension Metadata: ExpressibleByDictionaryLiteral {
    /// Builds metadata from a literal, in the literal's order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements.map { MetadataEntry(key: $0.0, value: $0.1) })
    }
}
