import GRPCCore

/// The gRPC echo method, described by hand: no `.proto` and no code generation, whose plugin
/// build would cost far more than the benchmark itself.
enum EchoMethod {
    /// `/toolmesh.bench.Echo/Echo`, unary.
    static let descriptor = MethodDescriptor(fullyQualifiedService: "toolmesh.bench.Echo", method: "Echo", type: .unary)
}

/// Writes a message's bytes as they are: the benchmark's messages are opaque bytes, so gRPC does
/// no more encoding work than the mesh, which forwards JSON payloads untouched.
struct RawBytesSerializer: MessageSerializer {
    func serialize<Bytes: GRPCContiguousBytes>(_ message: [UInt8]) throws -> Bytes {
        Bytes(message)
    }
}

/// Reads a message's bytes as they are; see ``RawBytesSerializer``.
struct RawBytesDeserializer: MessageDeserializer {
    func deserialize<Bytes: GRPCContiguousBytes>(_ serializedMessageBytes: Bytes) throws -> [UInt8] {
        serializedMessageBytes.withUnsafeBytes { Array($0) }
    }
}

/// Answers every echo request with its own bytes.
struct EchoService: RegistrableRPCService {
    func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
        router.registerHandler(
            forMethod: EchoMethod.descriptor,
            deserializer: RawBytesDeserializer(),
            serializer: RawBytesSerializer()
        ) { request, _ in
            let single = try await ServerRequest(stream: request)
            return StreamingServerResponse(single: ServerResponse(message: single.message))
        }
    }
}
