import CLibUV

extension EventLoop {
    /// Connects to `address` and calls `completion` on the loop thread with the connection
    /// (reading starts once `completion` returns, so set the delegate there) or the error.
    ///
    /// Loop thread only. `completion` runs exactly once, never synchronously from this call.
    public func connect(
        to address: SocketAddress,
        limits: ConnectionLimits = ConnectionLimits(),
        completion: @escaping (Result<Connection, TransportError>) -> Void
    ) {
        assert(inLoopThread)
        guard address.isNumeric else {
            resolve(address) { [self] result in
                switch result {
                case let .success(candidates):
                    connect(toFirstOf: candidates[...], name: address.description, limits: limits, completion: completion)
                case let .failure(error):
                    completion(.failure(error))
                }
            }
            return
        }
        ConnectAttempt(loop: self, address: address, remoteName: address.description, limits: limits,
                       completion: completion).start()
    }

    /// Tries `candidates` in order (a name may resolve to `::1` and `127.0.0.1` while the
    /// server listens on one of them) and reports the first success or the last failure.
    private func connect(
        toFirstOf candidates: ArraySlice<SocketAddress>,
        name: String,
        limits: ConnectionLimits,
        completion: @escaping (Result<Connection, TransportError>) -> Void
    ) {
        guard let first = candidates.first else {
            completion(.failure(.invalidAddress(name, reason: "no address found")))
            return
        }
        ConnectAttempt(loop: self, address: first, remoteName: name, limits: limits) { [self] result in
            if case .failure = result, candidates.count > 1 {
                connect(toFirstOf: candidates.dropFirst(), name: name, limits: limits, completion: completion)
            } else {
                completion(result)
            }
        }.start()
    }

    /// Connects from any thread; the connection's delegate is set on the loop thread before
    /// the first byte is read. Throws ``TransportError/loopShutDown`` if the loop is gone.
    public func connect(
        to address: SocketAddress,
        limits: ConnectionLimits = ConnectionLimits(),
        delegate: @escaping @Sendable (Connection) -> any ConnectionDelegate
    ) async throws(TransportError) -> Connection {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<LoopBound<Connection>, TransportError>, Never>) in
            let accepted = execute { [self] in
                connect(to: address, limits: limits) { result in
                    switch result {
                    case let .success(connection):
                        connection.delegate = delegate(connection)
                        continuation.resume(returning: .success(LoopBound(connection)))
                    case let .failure(error):
                        continuation.resume(returning: .failure(error))
                    }
                }
            }
            if !accepted {
                continuation.resume(returning: .failure(.loopShutDown))
            }
        }
        return try result.get().value
    }
}

/// One connection attempt: owns the stream handle until it becomes a ``Connection``.
private final class ConnectAttempt {
    let loop: EventLoop
    let address: SocketAddress
    /// The address as the caller wrote it (a host name, before resolution).
    let remoteName: String
    let limits: ConnectionLimits
    let completion: (Result<Connection, TransportError>) -> Void
    let stream = Connection.allocateStream()
    let request = UnsafeMutablePointer<uv_connect_t>.allocate(capacity: 1)

    init(loop: EventLoop, address: SocketAddress, remoteName: String, limits: ConnectionLimits,
         completion: @escaping (Result<Connection, TransportError>) -> Void) {
        self.loop = loop
        self.address = address
        self.remoteName = remoteName
        self.limits = limits
        self.completion = completion
    }

    deinit {
        request.deallocate()
    }

    func start() {
        // Retained until the connect callback (or the failure path below).
        request.pointee.data = Unmanaged.passRetained(self).toOpaque()
        let callback: uv_connect_cb = { request, status in
            guard let request, let data = request.pointee.data else { return }
            Unmanaged<ConnectAttempt>.fromOpaque(data).takeRetainedValue().finish(status: status)
        }
        switch address {
        case .tcp:
            uv_tcp_init(loop.uv, Listener.tcp(stream))
            do throws(TransportError) {
                let status = try address.withSockaddr { uv_tcp_connect(request, Listener.tcp(stream), $0, callback) }
                if status != 0 {
                    failSoon(.uv("connect to \(address)", status))
                }
            } catch {
                failSoon(error)
            }
        case let .unix(path):
            uv_pipe_init(loop.uv, Listener.pipe(stream), 0)
            uv_pipe_connect(request, Listener.pipe(stream), path, callback)
        }
    }

    private func finish(status: Int32) {
        guard status == 0 else {
            fail(.uv("connect to \(remoteName)", status))
            return
        }
        if case .tcp = address {
            uv_tcp_nodelay(Listener.tcp(stream), 1)
        }
        let connection = Connection(loop: loop, stream: stream, remoteAddress: remoteName, limits: limits)
        completion(.success(connection))
        connection.startReading()
    }

    /// Fails from a later loop iteration, so `completion` never runs inside `connect`.
    private func failSoon(_ error: TransportError) {
        Unmanaged.passUnretained(self).release()
        let timer = LoopTimer(loop: loop)
        timer.start(afterMs: 0) { [self] in
            timer.close()
            fail(error)
        }
    }

    private func fail(_ error: TransportError) {
        stream.pointee.data = nil
        HandleClosing.close(stream)
        completion(.failure(error))
    }
}
