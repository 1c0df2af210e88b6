import CLibUV

extension SocketAddress {
    /// Calls `body` with this TCP address as a `sockaddr`; throws for Unix addresses or
    /// hosts that are not numeric IPv4/IPv6 addresses.
    func withSockaddr<R>(_ body: (UnsafePointer<sockaddr>) -> R) throws(TransportError) -> R {
        guard case let .tcp(host, port) = self else {
            throw .invalidAddress(description, reason: "not a TCP address")
        }
        var storage = sockaddr_storage()
        let status = withUnsafeMutableBytes(of: &storage) { raw -> Int32 in
            let base = raw.baseAddress
            if host.contains(":") {
                return uv_ip6_addr(host, Int32(port), base?.assumingMemoryBound(to: sockaddr_in6.self))
            }
            return uv_ip4_addr(host, Int32(port), base?.assumingMemoryBound(to: sockaddr_in.self))
        }
        guard status == 0 else {
            throw .invalidAddress(description, reason: "host must be a numeric IPv4 or IPv6 address or localhost")
        }
        return withUnsafePointer(to: &storage) { pointer in
            body(UnsafeRawPointer(pointer).assumingMemoryBound(to: sockaddr.self))
        }
    }

    /// The address of a `sockaddr` filled in by libuv, or nil for other families.
    static func from(_ address: UnsafePointer<sockaddr>) -> SocketAddress? {
        var name = [CChar](repeating: 0, count: 64)
        guard uv_ip_name(address, &name, name.count) == 0 else { return nil }
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let port: UInt16
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            port = UnsafeRawPointer(address).assumingMemoryBound(to: sockaddr_in.self).pointee.sin_port.bigEndian
        case AF_INET6:
            port = UnsafeRawPointer(address).assumingMemoryBound(to: sockaddr_in6.self).pointee.sin6_port.bigEndian
        default:
            return nil
        }
        return .tcp(host: host, port: port)
    }
}
