import CLibUV

extension SocketAddress {
    /// True for Unix sockets and for TCP addresses whose host is a numeric IPv4 or IPv6 address.
    var isNumeric: Bool {
        guard case let .tcp(host, _) = self else { return true }
        var buffer = [UInt8](repeating: 0, count: 16)
        return uv_inet_pton(AF_INET, host, &buffer) == 0 || uv_inet_pton(AF_INET6, host, &buffer) == 0
    }
}

extension EventLoop {
    /// Resolves a TCP address's host name to its IPv4 and IPv6 addresses, in `getaddrinfo`'s
    /// order, without blocking the loop (libuv runs `getaddrinfo` on its thread pool). Numeric
    /// addresses come back as they are. `completion` runs on the loop thread, exactly once,
    /// never inside this call. Loop thread only.
    public func resolve(_ address: SocketAddress, completion: @escaping (Result<[SocketAddress], TransportError>) -> Void) {
        assert(inLoopThread)
        guard case let .tcp(host, port) = address, !address.isNumeric else {
            let timer = LoopTimer(loop: self)
            timer.start(afterMs: 0) {
                timer.close()
                completion(.success([address]))
            }
            return
        }
        let lookup = NameLookup(address: address, completion: completion)
        let request = UnsafeMutablePointer<uv_getaddrinfo_t>.allocate(capacity: 1)
        request.pointee.data = Unmanaged.passRetained(lookup).toOpaque()
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        let status = uv_getaddrinfo(uv, request, { request, status, result in
            guard let request else { return }
            defer {
                if let result { uv_freeaddrinfo(result) }
                request.deallocate()
            }
            guard let data = request.pointee.data else { return }
            let lookup = Unmanaged<NameLookup>.fromOpaque(data).takeRetainedValue()
            lookup.finish(status: status, result: result)
        }, host, String(port), &hints)
        if status != 0 {
            if let data = request.pointee.data {
                Unmanaged<NameLookup>.fromOpaque(data).release()
            }
            request.deallocate()
            let timer = LoopTimer(loop: self)
            timer.start(afterMs: 0) {
                timer.close()
                completion(.failure(.uv("resolve \(host)", status)))
            }
        }
    }
}

/// One name lookup's pending completion.
private final class NameLookup {
    let address: SocketAddress
    let completion: (Result<[SocketAddress], TransportError>) -> Void

    init(address: SocketAddress, completion: @escaping (Result<[SocketAddress], TransportError>) -> Void) {
        self.address = address
        self.completion = completion
    }

    func finish(status: Int32, result: UnsafeMutablePointer<addrinfo>?) {
        var addresses: [SocketAddress] = []
        var entry = result
        while let current = entry {
            if let socketAddress = current.pointee.ai_addr, let resolved = SocketAddress.from(socketAddress),
               !addresses.contains(resolved) {
                addresses.append(resolved)
            }
            entry = current.pointee.ai_next
        }
        guard addresses.isEmpty else {
            completion(.success(addresses))
            return
        }
        let host = if case let .tcp(host, _) = address { host } else { "\(address)" }
        completion(.failure(status != 0 ? .uv("resolve \(host)", status)
                                        : .invalidAddress(address.description, reason: "no address found")))
    }
}
