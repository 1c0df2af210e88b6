import MeshTransport
#if canImport(Glibc)
import Glibc
#endif

/// A blocking loopback TCP socket for sending bytes no well-behaved peer would send.
public struct Socket {
    public let fd: Int32

    public init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else { throw TransportError.connectionClosed }
    }

    /// Connects to a TCP loopback address.
    public init(to address: SocketAddress) throws {
        guard case let .tcp(_, port) = address else { throw TransportError.connectionClosed }
        try self.init(port: port)
    }

    /// Writes `bytes`; returns how many were written (or -1).
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Int {
        Glibc.write(fd, bytes, bytes.count)
    }

    public func close() {
        _ = Glibc.close(fd)
    }

    /// Everything until the peer closes; then closes the socket.
    public func readToEnd() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            result += buffer[0..<count]
        }
        close()
        return result
    }
}
