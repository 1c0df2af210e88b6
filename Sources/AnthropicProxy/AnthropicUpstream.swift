import AsyncHTTPClient
import MeshSchema
import NIOCore
import NIOHTTP1

/// The Anthropic API, or any server that speaks the Messages API at `baseURL` (a local model
/// server, another proxy, a test fixture).
public struct AnthropicUpstream: ModelUpstream {
    private let baseURL: String
    private let client: HTTPClient
    /// Used when the client sends no key of its own.
    private let fallbackAPIKey: String?
    private let timeout: TimeAmount
    /// Upstream bodies larger than this are refused (a model message is far smaller).
    private let maxResponseBytes = 64 << 20

    public init(baseURL: String, client: HTTPClient = .shared, fallbackAPIKey: String? = nil,
                timeout: TimeAmount = .seconds(600)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.client = client
        self.fallbackAPIKey = fallbackAPIKey
        self.timeout = timeout
    }

    public func createMessage(_ request: JSONObject, headers: ClientHeaders) async throws(APIError) -> JSONObject {
        let response = try await forward(method: "POST", path: "/v1/messages",
                                         body: JSONValue.object(request).serialized(), headers: headers)
        guard response.status == 200 else { throw Self.error(from: response) }
        guard let message = try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self)).objectValue else {
            throw APIError(status: 502, type: "api_error", message: "the upstream's response is not a JSON object")
        }
        return message
    }

    public func stream(path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError) -> UpstreamStream? {
        let request = httpRequest(method: "POST", path: path, body: body, headers: headers)
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            throw APIError(status: 502, type: "api_error", message: "the upstream at \(baseURL) failed: \(error)")
        }
        let body = response.body
        let chunks = AsyncThrowingStream<[UInt8], any Error> { continuation in
            let pump = Task {
                do {
                    for try await buffer in body { continuation.yield(Array(buffer: buffer)) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in pump.cancel() }
        }
        return UpstreamStream(status: Int(response.status.code),
                              contentType: response.headers.first(name: "content-type") ?? "text/event-stream",
                              chunks: chunks)
    }

    private func httpRequest(method: String, path: String, body: [UInt8], headers: ClientHeaders) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "content-type", value: "application/json")
        if let key = headers.apiKey ?? fallbackAPIKey { request.headers.add(name: "x-api-key", value: key) }
        request.headers.add(name: "anthropic-version", value: headers.anthropicVersion ?? "2023-06-01")
        if !headers.betas.isEmpty { request.headers.add(name: "anthropic-beta", value: headers.betas.joined(separator: ",")) }
        if !body.isEmpty { request.body = .bytes(ByteBuffer(bytes: body)) }
        return request
    }

    public func forward(method: String, path: String, body: [UInt8], headers: ClientHeaders) async throws(APIError)
        -> UpstreamResponse {
        let request = httpRequest(method: method, path: path, body: body, headers: headers)
        do {
            let response = try await client.execute(request, timeout: timeout)
            let collected = try await response.body.collect(upTo: maxResponseBytes)
            return UpstreamResponse(status: Int(response.status.code),
                                    contentType: response.headers.first(name: "content-type") ?? "application/json",
                                    body: Array(buffer: collected))
        } catch {
            throw APIError(status: 502, type: "api_error", message: "the upstream at \(baseURL) failed: \(error)")
        }
    }

    /// The upstream's own error when it sent one in the Messages API's shape, else one that
    /// names the status.
    static func error(from response: UpstreamResponse) -> APIError {
        let body = try? JSONValue(parsing: String(decoding: response.body, as: UTF8.self))
        if let error = body?.objectValue?["error"]?.objectValue, let type = error["type"]?.stringValue {
            return APIError(status: response.status, type: type, message: error["message"]?.stringValue ?? "")
        }
        return APIError(status: response.status >= 400 ? response.status : 502, type: APIError.type(forStatus: response.status),
                        message: "the upstream answered HTTP \(response.status)")
    }
}
