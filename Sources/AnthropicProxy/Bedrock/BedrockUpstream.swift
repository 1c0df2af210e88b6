import AsyncHTTPClient
import Foundation
import MeshSchema
import NIOCore
import NIOHTTP1

/// Anthropic models on Amazon Bedrock: `InvokeModel` with the Messages request (without
/// `model`, with `anthropic_version: bedrock-2023-05-31`), signed with SigV4 from the standard
/// AWS environment variables.
public struct BedrockUpstream: ModelUpstream {
    private let endpoint: String
    private let host: String
    private let signer: SigV4
    private let client: HTTPClient
    private let timeout: TimeAmount
    private let maxResponseBytes = 64 << 20

    /// Errors when credentials or the region are missing.
    public enum ConfigurationError: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self {
            case .missing(let what): "the Bedrock upstream needs \(what)"
            }
        }
    }

    /// - Parameters:
    ///   - region: the AWS region; by default `AWS_REGION` or `AWS_DEFAULT_REGION`.
    ///   - endpoint: the service URL; by default `https://bedrock-runtime.REGION.amazonaws.com`.
    public init(region: String? = nil, endpoint: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                client: HTTPClient = .shared, timeout: TimeAmount = .seconds(600)) throws {
        guard let region = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] else {
            throw ConfigurationError.missing("a region (--region, AWS_REGION or AWS_DEFAULT_REGION)")
        }
        guard let keyID = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] else {
            throw ConfigurationError.missing("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
        }
        let url = endpoint ?? "https://bedrock-runtime.\(region).amazonaws.com"
        self.endpoint = url.hasSuffix("/") ? String(url.dropLast()) : url
        host = URL(string: self.endpoint).map { url in url.port.map { "\(url.host ?? ""):\($0)" } ?? (url.host ?? "") } ?? ""
        signer = SigV4(credentials: .init(accessKeyID: keyID, secretAccessKey: secret,
                                          sessionToken: environment["AWS_SESSION_TOKEN"]),
                       region: region, service: "bedrock")
        self.client = client
        self.timeout = timeout
    }

    public func createMessage(_ request: JSONObject, headers: ClientHeaders) async throws(APIError) -> JSONObject {
        guard let model = request["model"]?.stringValue, !model.isEmpty else {
            throw .invalidRequest("model: Field required")
        }
        var body = request
        _ = body.removeValue(forKey: "model")
        _ = body.removeValue(forKey: "stream")
        body.setValue(.string("bedrock-2023-05-31"), forKey: "anthropic_version")
        if !headers.betas.isEmpty { body.setValue(.array(headers.betas.map { .string($0) }), forKey: "anthropic_beta") }
        let path = "/model/" + SigV4.encode(model) + "/invoke"
        let response = try await send(path: path, body: JSONValue.object(body).serialized())
        guard response.status == 200 else { throw Self.error(from: response) }
        guard var message = try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)).objectValue else {
            throw APIError(status: 502, type: "api_error", message: "Bedrock's response is not a JSON object")
        }
        if message["model"] == nil { message.setValue(.string(model), forKey: "model") }
        return message
    }

    /// `InvokeModelWithResponseStream`, its event-stream frames turned into the Messages API's
    /// SSE events as they arrive.
    public func stream(path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError) -> UpstreamStream? {
        guard var request = try? JSONValue(parsing: String(decoding: body, as: UTF8.self)).objectValue,
              let model = request["model"]?.stringValue else {
            throw .invalidRequest("model: Field required")
        }
        for key in ["model", "stream"] { _ = request.removeValue(forKey: key) }
        request.setValue(.string("bedrock-2023-05-31"), forKey: "anthropic_version")
        if !headers.betas.isEmpty { request.setValue(.array(headers.betas.map { .string($0) }), forKey: "anthropic_beta") }
        let path = "/model/" + SigV4.encode(model) + "/invoke-with-response-stream"
        let (status, responseBody) = try await open(path: path, body: JSONValue.object(request).serialized())
        guard status == 200 else {
            var collected: [UInt8] = []
            do {
                for try await chunk in responseBody { collected += Array(buffer: chunk) }
            } catch {}
            throw Self.error(from: UpstreamResponse(status: status, contentType: "application/json", body: collected))
        }
        let chunks = AsyncThrowingStream<[UInt8], any Error> { continuation in
            let pump = Task {
                var decoder = EventStreamDecoder()
                do {
                    for try await chunk in responseBody {
                        for message in try decoder.feed(Array(buffer: chunk)) {
                            continuation.yield(Array(Self.serverSentEvent(message).utf8))
                        }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in pump.cancel() }
        }
        return UpstreamStream(status: 200, contentType: "text/event-stream", chunks: chunks)
    }

    /// One Bedrock stream message as an SSE event: a `chunk` carries a Messages API event
    /// (base64 in `bytes`); an exception becomes an `error` event.
    static func serverSentEvent(_ message: EventStreamDecoder.Message) -> String {
        let payload = try? JSONValue(parsing: String(decoding: message.payload, as: UTF8.self))
        if message.headers[":message-type"] == "event",
           let encoded = payload?.objectValue?["bytes"]?.stringValue, let data = Data(base64Encoded: encoded),
           let event = try? JSONValue(parsing: String(decoding: data, as: UTF8.self)) {
            let type = event.objectValue?["type"]?.stringValue ?? "message"
            return "event: \(type)\ndata: \(event.serializedText)\n\n"
        }
        let text = payload?.objectValue?["message"]?.stringValue ?? "Bedrock stream error"
        let type: String = switch message.headers[":exception-type"] {
        case "throttlingException"?: "rate_limit_error"
        case "validationException"?: "invalid_request_error"
        case "serviceUnavailableException"?, "modelStreamErrorException"?: "overloaded_error"
        default: "api_error"
        }
        let error = APIError(status: 500, type: type, message: text).json
        return "event: error\ndata: \(error.serializedText)\n\n"
    }

    /// Sends a signed POST and returns as soon as the response head arrives.
    private func open(path: String, body: [UInt8]) async throws(APIError) -> (Int, HTTPClientResponse.Body) {
        var request = HTTPClientRequest(url: endpoint + path)
        request.method = .POST
        let signed = signer.sign(method: "POST", path: path,
                                 headers: [("host", host), ("content-type", "application/json"),
                                           ("accept", "application/vnd.amazon.eventstream")],
                                 body: body, timestamp: Self.timestamp(Date()))
        for (name, value) in signed { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await client.execute(request, timeout: timeout)
            return (Int(response.status.code), response.body)
        } catch {
            throw APIError(status: 502, type: "api_error", message: "Bedrock at \(endpoint) failed: \(error)")
        }
    }

    /// `count_tokens` through Bedrock's CountTokens; `models` through its model list. Other
    /// paths do not exist on Bedrock.
    public func forward(method: String, path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError)
        -> UpstreamResponse {
        switch (method, path) {
        case ("POST", "/v1/messages/count_tokens"): return try await countTokens(body, headers: headers)
        case ("GET", let models) where models.hasPrefix("/v1/models"): return try await listModels()
        default: throw .notFound("\(method) \(path) is not available on the Bedrock upstream")
        }
    }

    private func countTokens(_ body: [UInt8], headers: ClientHeaders) async throws(APIError) -> UpstreamResponse {
        guard var request = try? JSONValue(parsing: String(decoding: body, as: UTF8.self)).objectValue,
              let model = request["model"]?.stringValue else {
            throw .invalidRequest("model: Field required")
        }
        _ = request.removeValue(forKey: "model")
        request.setValue(.string("bedrock-2023-05-31"), forKey: "anthropic_version")
        if request["max_tokens"] == nil { request.setValue(.number(JSONNumber(1)), forKey: "max_tokens") }
        let invoke = JSONValue.object(JSONObject([("input", .object(JSONObject([
            ("invokeModel", .object(JSONObject([("body", .string(Self.base64(JSONValue.object(request).serialized())))]))),
        ])))]))
        let response = try await send(path: "/model/" + SigV4.encode(model) + "/count-tokens", body: invoke.serialized())
        guard response.status == 200 else { throw Self.error(from: response) }
        let tokens = (try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)))?.objectValue?["inputTokens"]
        return UpstreamResponse(status: 200, contentType: "application/json", body: JSONValue.object(JSONObject([
            ("input_tokens", tokens ?? .number(JSONNumber(0))),
        ])).serialized())
    }

    /// Bedrock's Anthropic models in the Messages API's list shape.
    private func listModels() async throws(APIError) -> UpstreamResponse {
        let response = try await send(method: "GET", path: "/foundation-models", query: [("byProvider", "anthropic")],
                                      body: [], endpoint: controlEndpoint)
        guard response.status == 200 else { throw Self.error(from: response) }
        let summaries = (try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)))?.objectValue?["modelSummaries"]?
            .arrayValue ?? []
        let models: [JSONValue] = summaries.compactMap(\.objectValue).compactMap { summary in
            guard let id = summary["modelId"]?.stringValue else { return nil }
            return .object(JSONObject([("type", .string("model")), ("id", .string(id)),
                                       ("display_name", summary["modelName"] ?? .string(id)),
                                       ("created_at", .string("1970-01-01T00:00:00Z"))]))
        }
        let page = JSONObject([("data", .array(models)), ("has_more", .bool(false)),
                               ("first_id", models.first?.objectValue?["id"] ?? .null),
                               ("last_id", models.last?.objectValue?["id"] ?? .null)])
        return UpstreamResponse(status: 200, contentType: "application/json", body: JSONValue.object(page).serialized())
    }

    /// The control-plane endpoint (model list): `bedrock.` instead of `bedrock-runtime.`.
    private var controlEndpoint: String { endpoint.replacingOccurrences(of: "bedrock-runtime.", with: "bedrock.") }

    private func send(method: String = "POST", path: String, query: [(String, String)] = [], body: [UInt8],
                      endpoint: String? = nil) async throws(APIError) -> UpstreamResponse {
        let base = endpoint ?? self.endpoint
        let queryText = query.map { "\(SigV4.encode($0.0))=\(SigV4.encode($0.1))" }.joined(separator: "&")
        var request = HTTPClientRequest(url: base + path + (queryText.isEmpty ? "" : "?" + queryText))
        request.method = HTTPMethod(rawValue: method)
        let timestamp = Self.timestamp(Date())
        let hostHeader = URL(string: base).map { url in url.port.map { "\(url.host ?? ""):\($0)" } ?? (url.host ?? "") } ?? host
        let signed = signer.sign(method: method, path: path, query: query,
                                 headers: [("host", hostHeader), ("content-type", "application/json"), ("accept", "application/json")],
                                 body: body, timestamp: timestamp)
        for (name, value) in signed { request.headers.add(name: name, value: value) }
        if !body.isEmpty { request.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(request, timeout: timeout)
            let collected = try await response.body.collect(upTo: maxResponseBytes)
            return UpstreamResponse(status: Int(response.status.code), contentType: "application/json",
                                    body: Array(buffer: collected))
        } catch {
            throw APIError(status: 502, type: "api_error", message: "Bedrock at \(base) failed: \(error)")
        }
    }

    /// Bedrock's errors (`{"message": …}` with an HTTP status) as Messages API errors.
    static func error(from response: UpstreamResponse) -> APIError {
        let message = (try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)))?.objectValue?["message"]?
            .stringValue ?? "Bedrock answered HTTP \(response.status)"
        switch response.status {
        case 400: return APIError(status: 400, type: "invalid_request_error", message: message)
        case 401, 403: return APIError(status: 403, type: "permission_error", message: message)
        case 404: return APIError(status: 404, type: "not_found_error", message: message)
        case 429: return APIError(status: 429, type: "rate_limit_error", message: message)
        case 503: return APIError(status: 529, type: "overloaded_error", message: message)
        default: return APIError(status: response.status >= 500 ? response.status : 502, type: "api_error", message: message)
        }
    }

    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
