import MeshClient
import MeshProtocol
import MeshSchema

/// Tools registered on a mesh router, called through a ``MeshClient``.
public struct MeshToolBackend: ToolBackend {
    private let client: MeshClient

    public init(client: MeshClient) {
        self.client = client
    }

    public func tools() async throws(ToolFailure) -> [ToolDescription] {
        let infos: [ToolInfo]
        do {
            infos = try await client.listTools()
        } catch {
            throw ToolFailure(code: error.code.name, message: error.message)
        }
        return infos.map(Self.description)
    }

    /// A registered tool as the program sees it.
    public static func description(_ info: ToolInfo) -> ToolDescription {
        ToolDescription(name: info.spec.name, description: info.spec.description,
                        inputSchema: parse(info.spec.inputSchema), outputSchema: parse(info.spec.outputSchema),
                        idempotent: info.spec.idempotent)
    }

    public func call(_ call: ToolCall) async -> ToolCallResult {
        let output: CallOutput
        do {
            output = try await client.call(call.tool, arguments: JSONValue.object(call.arguments).serialized(),
                                           timeoutMs: call.timeoutMs)
        } catch {
            return .failure(ToolFailure(code: error.code.name, message: error.message))
        }
        guard !output.result.isEmpty else { return .success(.null, worker: output.workerID) }
        do {
            return .success(try JSONValue(parsing: String(decoding: output.result, as: UTF8.self)),
                            worker: output.workerID)
        } catch {
            return .failure(ToolFailure(code: StatusCode.internalError.name,
                                        message: "the tool's result is not valid JSON: \(error)",
                                        worker: output.workerID))
        }
    }

    /// A schema from the registry; the router has compiled it, so it parses.
    private static func parse(_ bytes: [UInt8]) -> JSONValue? {
        guard !bytes.isEmpty else { return nil }
        return try? JSONValue(parsing: String(decoding: bytes, as: UTF8.self))
    }
}
