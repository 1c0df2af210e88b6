/// Where to listen or connect: a TCP endpoint or a Unix domain socket.
///
/// Text forms: `127.0.0.1:7400`, `[::1]:7400`, `router.internal:7400`, `unix:/run/toolmesh.sock`.
/// Connecting resolves host names (the first address `getaddrinfo` returns); listening needs a
/// numeric address (or `localhost`).
public enum SocketAddress: Sendable, Hashable {
    /// An IPv4 or IPv6 address (without brackets) or a host name, and a port; port 0 picks a
    /// free one when listening.
    case tcp(host: String, port: UInt16)
    /// A filesystem path of a Unix domain socket.
    case unix(path: String)

    /// Parses one of the text forms.
    public init(parsing text: String) throws(TransportError) {
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst("unix:".count))
            guard !path.isEmpty else { throw .invalidAddress(text, reason: "empty socket path") }
            // sockaddr_un.sun_path holds 108 bytes including the terminating NUL.
            guard path.utf8.count < 108 else { throw .invalidAddress(text, reason: "socket path longer than 107 bytes") }
            self = .unix(path: path)
            return
        }
        guard let colon = text.lastIndex(of: ":") else {
            throw .invalidAddress(text, reason: "expected HOST:PORT or unix:PATH")
        }
        var host = String(text[..<colon])
        guard let port = UInt16(text[text.index(after: colon)...]) else {
            throw .invalidAddress(text, reason: "port must be a number from 0 to 65535")
        }
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            throw .invalidAddress(text, reason: "write IPv6 addresses in brackets, e.g. [::1]:7400")
        }
        if host == "localhost" {
            host = "127.0.0.1"
        }
        guard !host.isEmpty else { throw .invalidAddress(text, reason: "missing host") }
        self = .tcp(host: host, port: port)
    }
}

extension SocketAddress: CustomStringConvertible {
    /// The text form, parseable by ``init(parsing:)``.
    public var description: String {
        switch self {
        case let .tcp(host, port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case let .unix(path): "unix:\(path)"
        }
    }
}
