import GRPCCore
import GRPCNIOTransportHTTP2

/// A grpc-swift-2 echo server and a client holding one HTTP/2 connection to it, plaintext over
/// TCP on 127.0.0.1, both with default configuration, both in this process.
final class GRPCStack: Sendable {
    private let server: GRPCServer<HTTP2ServerTransport.Posix>
    private let client: GRPCClient<HTTP2ClientTransport.Posix>
    private let serverTask: Task<Void, any Error>
    private let clientTask: Task<Void, any Error>

    private init(server: GRPCServer<HTTP2ServerTransport.Posix>, client: GRPCClient<HTTP2ClientTransport.Posix>,
                 serverTask: Task<Void, any Error>, clientTask: Task<Void, any Error>) {
        self.server = server
        self.client = client
        self.serverTask = serverTask
        self.clientTask = clientTask
    }

    /// Starts the server on a free port and a client connected to it.
    static func start() async throws -> GRPCStack {
        let server = GRPCServer(
            transport: .http2NIOPosix(address: .ipv4(host: "127.0.0.1", port: 0), transportSecurity: .plaintext),
            services: [EchoService()]
        )
        let serverTask = Task { try await server.serve() }
        let port: Int
        do {
            guard let bound = try await server.transport.listeningAddress.ipv4 else {
                throw BenchError("gRPC server is not listening on IPv4")
            }
            port = bound.port
        } catch {
            server.beginGracefulShutdown()
            _ = await serverTask.result
            throw error
        }
        let client = GRPCClient(
            transport: try .http2NIOPosix(target: .ipv4(address: "127.0.0.1", port: port),
                                          transportSecurity: .plaintext)
        )
        let clientTask = Task { try await client.runConnections() }
        return GRPCStack(server: server, client: client, serverTask: serverTask, clientTask: clientTask)
    }

    /// One unary echo call.
    func echo(_ payload: [UInt8]) async throws -> [UInt8] {
        try await client.unary(
            request: ClientRequest(message: payload),
            descriptor: EchoMethod.descriptor,
            serializer: RawBytesSerializer(),
            deserializer: RawBytesDeserializer(),
            options: .defaults
        ) { response in
            try response.message
        }
    }

    /// Closes the client, then the server, and waits for both.
    func shutdown() async {
        client.beginGracefulShutdown()
        _ = await clientTask.result
        server.beginGracefulShutdown()
        _ = await serverTask.result
    }
}
