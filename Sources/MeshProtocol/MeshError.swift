/// A failed mesh operation: a status code, a message for people and models, and metadata.
///
/// Calls fail with it when the tool, the router or the connection reports an error; the code
/// tells whether retrying can help (see ``StatusCode``).
public struct MeshError: Error, Sendable, Hashable {
    public var code: StatusCode
    public var message: String
    public var metadata: Metadata

    public init(code: StatusCode, message: String, metadata: Metadata = Metadata()) {
        self.code = code
        self.message = message
        self.metadata = metadata
    }
}

extension MeshError: CustomStringConvertible {
    /// `CODE: message`, e.g. `NOT_FOUND: unknown tool 'x'`.
    public var description: String { "\(code.name): \(message)" }
}
