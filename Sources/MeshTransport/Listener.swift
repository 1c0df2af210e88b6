import CLibUV

/// A listening TCP or Unix socket that turns each accepted peer into a ``Connection``.
///
/// Loop thread only. TCP connections get `TCP_NODELAY` (libuv leaves Nagle's algorithm on,
/// which would hold back small frames).
public final class Listener: LoopResource {
    /// The loop accepting connections.
    public let loop: EventLoop
    /// The bound address; for TCP port 0, the port the system picked.
    public private(set) var localAddress: SocketAddress
    private let limits: ConnectionLimits
    private let onAccept: (Connection) -> Void
    private var handle: UnsafeMutablePointer<uv_stream_t>?

    /// Binds `address` and starts accepting. `onAccept` runs on the loop thread for each new
    /// connection and must set its delegate; reading starts right after it returns.
    ///
    /// A Unix socket path that already exists is not removed: binding fails with `EADDRINUSE`.
    public init(
        loop: EventLoop,
        address: SocketAddress,
        limits: ConnectionLimits = ConnectionLimits(),
        backlog: Int32 = 511,
        onAccept: @escaping (Connection) -> Void
    ) throws(TransportError) {
        assert(loop.inLoopThread)
        self.loop = loop
        self.localAddress = address
        self.limits = limits
        self.onAccept = onAccept
        let stream = Connection.allocateStream()
        switch address {
        case .tcp:
            uv_tcp_init(loop.uv, Self.tcp(stream))
        case .unix:
            uv_pipe_init(loop.uv, Self.pipe(stream), 0)
        }
        handle = stream
        stream.pointee.data = Unmanaged.passRetained(self).toOpaque()
        loop.register(self)
        do throws(TransportError) {
            try bind(stream, to: address)
            let status = uv_listen(stream, backlog) { server, status in
                guard let server, let data = server.pointee.data else { return }
                Unmanaged<Listener>.fromOpaque(data).takeUnretainedValue().accept(status: status)
            }
            guard status == 0 else { throw .uv("listen on \(address)", status) }
        } catch {
            close()
            throw error
        }
    }

    /// Stops accepting. Connections already accepted stay open.
    public func close() {
        guard let handle else { return }
        self.handle = nil
        loop.unregister(self)
        HandleClosing.close(handle)
    }

    func closeForShutdown() {
        close()
    }

    private func bind(_ stream: UnsafeMutablePointer<uv_stream_t>, to address: SocketAddress) throws(TransportError) {
        switch address {
        case .tcp:
            let status = try address.withSockaddr { uv_tcp_bind(Self.tcp(stream), $0, 0) }
            guard status == 0 else { throw .uv("bind \(address)", status) }
            localAddress = Self.boundAddress(of: stream) ?? address
        case let .unix(path):
            let status = uv_pipe_bind(Self.pipe(stream), path)
            guard status == 0 else { throw .uv("bind \(address)", status) }
        }
    }

    private func accept(status: Int32) {
        guard status == 0, let server = handle else { return }
        let stream = Connection.allocateStream()
        let remote: String
        switch localAddress {
        case .tcp:
            uv_tcp_init(loop.uv, Self.tcp(stream))
            guard uv_accept(server, stream) == 0 else {
                Self.discard(stream)
                return
            }
            uv_tcp_nodelay(Self.tcp(stream), 1)
            remote = Self.peerAddress(of: stream)?.description ?? "unknown"
        case let .unix(path):
            uv_pipe_init(loop.uv, Self.pipe(stream), 0)
            guard uv_accept(server, stream) == 0 else {
                Self.discard(stream)
                return
            }
            remote = "unix:\(path)"
        }
        let connection = Connection(loop: loop, stream: stream, remoteAddress: remote, limits: limits)
        onAccept(connection)
        connection.startReading()
    }

    /// Closes a stream handle that never became a connection (its `data` is unset).
    private static func discard(_ stream: UnsafeMutablePointer<uv_stream_t>) {
        stream.pointee.data = nil
        HandleClosing.close(stream)
    }

    static func tcp(_ stream: UnsafeMutablePointer<uv_stream_t>) -> UnsafeMutablePointer<uv_tcp_t> {
        UnsafeMutableRawPointer(stream).assumingMemoryBound(to: uv_tcp_t.self)
    }

    static func pipe(_ stream: UnsafeMutablePointer<uv_stream_t>) -> UnsafeMutablePointer<uv_pipe_t> {
        UnsafeMutableRawPointer(stream).assumingMemoryBound(to: uv_pipe_t.self)
    }

    static func boundAddress(of stream: UnsafeMutablePointer<uv_stream_t>) -> SocketAddress? {
        var storage = sockaddr_storage()
        var length = Int32(MemoryLayout<sockaddr_storage>.size)
        return withUnsafeMutablePointer(to: &storage) { pointer in
            let address = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: sockaddr.self)
            guard uv_tcp_getsockname(tcp(stream), address, &length) == 0 else { return nil }
            return SocketAddress.from(address)
        }
    }

    static func peerAddress(of stream: UnsafeMutablePointer<uv_stream_t>) -> SocketAddress? {
        var storage = sockaddr_storage()
        var length = Int32(MemoryLayout<sockaddr_storage>.size)
        return withUnsafeMutablePointer(to: &storage) { pointer in
            let address = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: sockaddr.self)
            guard uv_tcp_getpeername(tcp(stream), address, &length) == 0 else { return nil }
            return SocketAddress.from(address)
        }
    }
}
