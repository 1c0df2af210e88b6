/// Why a value does not match a ``JSONSchema``: the first failing check, and where.
///
/// ``description`` renders it for people and models: `/quarter: expected string, got integer`,
/// `/: missing required property 'department'` (the root is shown as `/`).
public struct SchemaViolation: Error, Sendable, Hashable {
    /// The offending value's location as RFC 6901 reference tokens, unescaped; array indexes
    /// are decimal strings; `[]` is the root.
    public var path: [String]
    /// The schema keyword that failed, such as `type`, `required` or `maxLength`; for a
    /// validation stopped by ``SchemaLimits`` the name of the limit.
    public var keyword: String
    /// What is wrong, without the path.
    public var message: String

    public init(path: [String], keyword: String, message: String) {
        self.path = path
        self.keyword = keyword
        self.message = message
    }

    /// ``path`` as an RFC 6901 JSON Pointer: `""` for the root, `/a~1b/0` for index 0 of key
    /// `a/b`.
    public var pointer: String {
        JSONPointer.render(path)
    }
}

extension SchemaViolation: CustomStringConvertible {
    /// `pointer: message`, with the root pointer shown as `/`.
    public var description: String {
        let shown = path.isEmpty ? "/" : pointer
        return "\(shown): \(message)"
    }
}
