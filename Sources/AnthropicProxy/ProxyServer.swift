import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MeshSchema
import NIOCore

/// The HTTP front of the proxy: the Messages API routes over ``MessagesService``.
public struct ProxyServer: Sendable {
    public let service: MessagesService
    public let upstream: any ModelUpstream
    /// Request bodies above this size are refused with 413.
    public var maxBodyBytes: Int
    /// One record per Messages request: its outcome, tokens and program runs.
    public var logger: Logger

    public init(service: MessagesService, upstream: any ModelUpstream, maxBodyBytes: Int = 32 << 20,
                logger: Logger = Logger(label: "toolmesh.proxy")) {
        self.service = service
        self.upstream = upstream
        self.maxBodyBytes = maxBodyBytes
        self.logger = logger
    }

    /// The routes: `POST /v1/messages`, `POST /v1/messages/count_tokens`, `GET /v1/models`,
    /// `GET /health`, `GET /metrics`.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let server = self
        router.get("/health") { _, _ in
            Self.json(.object(JSONObject([("status", .string("ok"))])), status: .ok)
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                     body: .init(byteBuffer: ByteBuffer(string: server.service.metrics.prometheusText)))
        }
        router.get("/v1/models") { request, _ in
            await server.passThrough(method: "GET", path: request.uri.string, body: [], request: request)
        }
        router.get("/v1/models/{id}") { request, _ in
            await server.passThrough(method: "GET", path: request.uri.string, body: [], request: request)
        }
        router.post("/v1/messages/count_tokens") { request, _ in
            do {
                let object = try await server.jsonBody(of: request)
                let counted = try await server.service.countingRequest(object, headers: Self.clientHeaders(request))
                return await server.passThrough(method: "POST", path: "/v1/messages/count_tokens",
                                                body: JSONValue.object(counted).serialized(), request: request)
            } catch {
                return Self.errorResponse(error)
            }
        }
        router.post("/v1/messages") { request, _ in
            await server.messages(request)
        }
        return router
    }

    private func messages(_ request: Request) async -> Response {
        do {
            let object = try await jsonBody(of: request)
            let headers = Self.clientHeaders(request)
            let streaming = object["stream"]?.boolValue == true
            if streaming, (try CodeExecutionTool.find(in: object)) == nil,
               let stream = try await upstream.stream(path: "/v1/messages", body: JSONValue.object(object).serialized(),
                                                      headers: headers) {
                // No programs to run: the upstream's own stream passes through as it arrives.
                service.metrics.count(.requests)
                service.metrics.count(.modelTurns)
                let chunks = stream.chunks.map { ByteBuffer(bytes: $0) }
                return Response(status: HTTPResponse.Status(code: stream.status),
                                headers: [.contentType: stream.contentType, .cacheControl: "no-cache"],
                                body: ResponseBody(asyncSequence: chunks))
            }
            let message = try await service.createMessage(object, headers: headers)
            log(message, streaming: streaming)
            if streaming {
                return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                                body: .init(byteBuffer: ByteBuffer(string: ServerSentEvents.events(for: message))))
            }
            return Self.json(.object(message), status: .ok)
        } catch {
            service.metrics.count(.errors)
            logger.notice("messages request failed", metadata: [
                "status": "\(error.status)", "type": "\(error.type)", "message": "\(error.message)",
            ])
            return Self.errorResponse(error)
        }
    }

    private func log(_ message: JSONObject, streaming: Bool) {
        let usage = message["usage"]?.objectValue
        var metadata: Logger.Metadata = [
            "stop_reason": "\(message["stop_reason"]?.stringValue ?? "")",
            "input_tokens": "\(usage?["input_tokens"]?.serializedText ?? "0")",
            "output_tokens": "\(usage?["output_tokens"]?.serializedText ?? "0")",
            "programs": "\(usage?["server_tool_use"]?.objectValue?["code_execution_requests"]?.serializedText ?? "0")",
            "stream": "\(streaming)",
        ]
        if let container = message["container"]?.objectValue?["id"]?.stringValue { metadata["container"] = "\(container)" }
        logger.info("messages request", metadata: metadata)
    }

    private func passThrough(method: String, path: String, body: [UInt8], request: Request) async -> Response {
        do {
            let response = try await upstream.forward(method: method, path: path, body: body,
                                                      headers: Self.clientHeaders(request))
            return Response(status: HTTPResponse.Status(code: response.status),
                            headers: [.contentType: response.contentType],
                            body: .init(byteBuffer: ByteBuffer(bytes: response.body)))
        } catch {
            return Self.errorResponse(error)
        }
    }

    private func body(of request: Request) async throws(APIError) -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: maxBodyBytes)
            return Array(buffer: buffer)
        } catch {
            throw .tooLarge("the request body is larger than \(maxBodyBytes) bytes")
        }
    }

    private func jsonBody(of request: Request) async throws(APIError) -> JSONObject {
        let bytes = try await body(of: request)
        let value: JSONValue
        do {
            value = try JSONValue(parsing: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw .invalidRequest("the request body is not valid JSON: \(error)")
        }
        guard let object = value.objectValue else { throw .invalidRequest("the request body must be a JSON object") }
        return object
    }

    static func clientHeaders(_ request: Request) -> ClientHeaders {
        func header(_ name: String) -> String? {
            request.headers.first { $0.name.canonicalName == name }?.value
        }
        var apiKey = header("x-api-key")
        if apiKey == nil, let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            apiKey = String(authorization.dropFirst("Bearer ".count))
        }
        let betas = (header("anthropic-beta") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("advanced-tool-use") }
        return ClientHeaders(apiKey: apiKey, anthropicVersion: header("anthropic-version"),
                             betas: betas)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "application/json"],
                 body: .init(byteBuffer: ByteBuffer(bytes: value.serialized())))
    }

    static func errorResponse(_ error: any Error) -> Response {
        let apiError = error as? APIError ?? .api("\(error)")
        return json(apiError.json, status: HTTPResponse.Status(code: apiError.status))
    }
}
