import Foundation
import MeshProtocol

extension MeshWorker.Tool {
    /// A tool whose arguments decode into `Input` and whose result encodes from `Output`
    /// (Foundation's `JSONDecoder`/`JSONEncoder`, default strategies).
    ///
    /// Arguments that do not decode are answered INVALID_ARGUMENT with the decoder's
    /// explanation, before `handler` runs; an `Output` that does not encode is INTERNAL. The
    /// router has already checked the arguments against `spec.inputSchema`, so decoding only
    /// fails when the schema is looser than `Input`.
    public init<Input: Decodable & SendableMetatype, Output: Encodable & SendableMetatype>(
        _ spec: ToolSpec,
        typed handler: @escaping @Sendable (Input, ToolCall) async throws -> Output
    ) {
        self.init(spec) { call in
            let input: Input
            do {
                input = try JSONDecoder().decode(Input.self, from: Data(call.arguments))
            } catch {
                throw MeshError(code: .invalidArgument, message: "arguments do not match \(Input.self): \(Self.describe(error))")
            }
            let output = try await handler(input, call)
            do {
                return [UInt8](try JSONEncoder().encode(output))
            } catch {
                throw MeshError(code: .internalError, message: "result cannot be encoded as JSON: \(error)")
            }
        }
    }

    /// A decoding error as `/path: problem`, like the router's schema messages.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context, extra: CodingKey? = nil) -> String {
            let keys = context.codingPath + (extra.map { [$0] } ?? [])
            return "/" + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        }
        switch error {
        case let .keyNotFound(key, context):
            return "\(path(context)): missing property '\(key.stringValue)'"
        case let .typeMismatch(type, context):
            return "\(path(context)): expected \(type)"
        case let .valueNotFound(type, context):
            return "\(path(context)): expected \(type), got null"
        case let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
